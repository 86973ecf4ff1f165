"use client";

import { useActionState } from "react";
import { refundPaymentAction } from "@/app/(admin)/yonetim/faturalar/[id]/refund-actions";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast } from "@/components/ui/use-action-toast";

/**
 * `İade et` for one card payment: amount (the rest by default: a full refund) and reason, asked in a
 * dialog. `requestKey` was rendered with the page: sending this form again is the same refund, which
 * the server never sends to Iyzico twice.
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
  const [state, action, pending] = useActionState(refundPaymentAction, null);
  useActionToast(state);
  const refused = state && !state.ok ? state : null;
  const error = (name: string) => refused?.fieldErrors?.[name]?.[0];
  // The values of a refused answer, put back in the dialog that stays open on the field to fix.
  const previous = (name: string) => {
    const value = refused?.values?.[name];
    return typeof value === "string" ? value : undefined;
  };
  return (
    <div className="flex flex-col gap-2">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <div>
        <ConfirmAction
          trigger="İade et"
          title="Ödeme iade edilsin mi?"
          description={`Tutar müşterinin kartına Iyzico üzerinden iade edilir; bu işlem geri alınamaz. İade edilebilecek en fazla tutar ${refundableLabel}.`}
          confirm="İade et"
          busyLabel="İade ediliyor…"
          action={action}
          pending={pending}
          fields={{ paymentId, requestKey }}
        >
          <Field label="İade tutarı" hint="Kısmi iade için tutarı azaltın (ör. 1.000,00)." error={error("amount")}>
            {(a11y) => (
              <Input
                {...a11y}
                name="amount"
                inputMode="decimal"
                defaultValue={previous("amount") ?? refundable}
                required
              />
            )}
          </Field>
          <Field label="İade nedeni" error={error("reason")}>
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
        </ConfirmAction>
      </div>
    </div>
  );
}
