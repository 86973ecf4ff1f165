"use client";

import { refundPaymentAction } from "@/app/(admin)/yonetim/faturalar/[id]/refund-actions";
import { ConfirmActionForm, useConfirmFormAnswer } from "@/components/forms/confirm-action-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

/** The amount (the rest by default: a full refund) and the reason, as sent last if they were refused. */
function RefundFields({ refundable }: { refundable: string }) {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <>
      <Field label="İade tutarı" hint="Kısmi iade için tutarı azaltın (ör. 1.000,00)." error={fieldError("amount")}>
        {(a11y) => (
          <Input {...a11y} name="amount" inputMode="decimal" defaultValue={previous("amount") ?? refundable} required />
        )}
      </Field>
      <Field label="İade nedeni" error={fieldError("reason")}>
        {(a11y) => (
          <Textarea
            {...a11y}
            name="reason"
            rows={3}
            required
            minLength={5}
            maxLength={500}
            defaultValue={previous("reason")}
          />
        )}
      </Field>
    </>
  );
}

/**
 * `İade et` for one card payment, asked in a dialog (ConfirmActionForm). `requestKey` was rendered with the
 * page: sending this form again is the same refund, which the server never sends to Iyzico twice.
 */
export function RefundForm({
  paymentId,
  requestKey,
  refundable,
  refundableLabel,
}: {
  paymentId: string;
  requestKey: string;
  /** What is left to refund, as the amount field shows it ("9.600,00"). */
  refundable: string;
  refundableLabel: string;
}) {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={refundPaymentAction}
      trigger="İade et"
      title="Ödeme iade edilsin mi?"
      description={`Tutar müşterinin kartına Iyzico üzerinden iade edilir; bu işlem geri alınamaz. İade edilebilecek en fazla tutar ${refundableLabel}.`}
      confirm="İade et"
      busyLabel="İade ediliyor…"
      fields={{ paymentId, requestKey }}
    >
      <RefundFields refundable={refundable} />
    </ConfirmActionForm>
  );
}
