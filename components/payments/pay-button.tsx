"use client";

import { startCardPaymentAction } from "@/app/(portal)/panel/faturalar/[id]/payment-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { startCardPaymentSchema } from "@/lib/payments/schemas";

/** `Öde`: the action opens Iyzico's checkout form and sends the browser to its page. */
export function PayButton({ invoiceId }: { invoiceId: string }) {
  const { state, pending, formError, formProps } = useActionForm(startCardPaymentSchema, startCardPaymentAction, {
    invoiceId,
  });
  // Success is the payment page itself; only a refusal needs saying here.
  useActionToast(state && !state.ok ? state : null);
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <Alert>{formError}</Alert>
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <div>
        <SubmitButton pending={pending} busyLabel="Ödeme sayfası açılıyor…">
          Öde
        </SubmitButton>
      </div>
    </form>
  );
}
