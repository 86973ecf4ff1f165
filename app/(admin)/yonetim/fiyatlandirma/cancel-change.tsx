"use client";

import { ConfirmForm } from "@/components/admin/confirm-form";
import { cancelPricingChangeAction } from "./actions";

/** Withdraws a change not yet in effect, after asking. */
export function CancelPricingChange({ effectiveDate, label }: { effectiveDate: string; label: string }) {
  return (
    <ConfirmForm
      action={cancelPricingChangeAction}
      trigger="Planlanan değişikliği geri al"
      title={`${label} tarihli fiyat değişikliği geri alınsın mı?`}
      description="Bu tarih için girilen kademe fiyatları ve premium ek ücreti silinir; o gün geldiğinde şimdiki fiyatlar geçerli kalır."
      confirm="Planlanan değişikliği geri al"
      busyLabel="Geri alınıyor…"
      fields={{ effectiveDate }}
    />
  );
}
