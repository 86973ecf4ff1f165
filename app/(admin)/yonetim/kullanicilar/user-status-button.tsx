import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { setUserDisabledAction } from "./actions";

/** `Devre dışı bırak` asks first (the user is signed out everywhere); `Etkinleştir` undoes it, so it does not. */
export function UserStatusButton({ userId, disabled, email }: { userId: string; disabled: boolean; email: string }) {
  if (disabled) {
    return (
      <ConfirmActionForm
        action={setUserDisabledAction}
        fields={{ userId, disabled: "false" }}
        trigger="Etkinleştir"
        triggerLabel={`${email}: Etkinleştir`}
        title="Kullanıcı etkinleştirilsin mi?"
        description={`${email} yeniden giriş yapabilecek. Devre dışı bırakılırken geri alınan davetleri geri gelmez.`}
        confirm="Etkinleştir"
        busyLabel="Etkinleştiriliyor…"
        tone="primary"
      />
    );
  }
  return (
    <ConfirmActionForm
      action={setUserDisabledAction}
      fields={{ userId, disabled: "true" }}
      trigger="Devre dışı bırak"
      triggerLabel={`${email}: Devre dışı bırak`}
      title="Kullanıcı devre dışı bırakılsın mı?"
      description={`${email} artık giriş yapamayacak; açık oturumları hemen kapatılacak ve gönderdiği bekleyen davetler geri alınacak.`}
      confirm="Devre dışı bırak"
      busyLabel="Devre dışı bırakılıyor…"
    />
  );
}
