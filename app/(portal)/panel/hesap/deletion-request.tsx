"use client";

import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { requestDeletionAction } from "./data-actions";

/** `Hesabımın silinmesini iste`, asked first: what deletion erases and what the law makes us keep. */
export function DeletionRequest() {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={requestDeletionAction}
      trigger="Hesabımın silinmesini iste"
      title="Hesabınızın silinmesini istiyor musunuz?"
      description={
        <>
          Talebiniz operasyon ekibimize iletilir. Ekibimiz talebi inceledikten sonra firmanızın ve kullanıcılarınızın
          kişisel bilgileri (yetkili adı, e-posta, telefon, adres, kullanıcı adları) silinir ve kullanıcılarınız artık
          giriş yapamaz. Faturalarınız yasal saklama süresi boyunca saklanır. Öncesinde verilerinizi indirmek
          isteyebilirsiniz.
        </>
      }
      confirm="Hesabımın silinmesini iste"
      busyLabel="Gönderiliyor…"
      fields={{}}
    />
  );
}
