"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast } from "@/components/ui/use-action-toast";
import { cancelInvoiceAction, finalizeInvoiceAction } from "../actions";

/** `Faturayı kes`: a draft numbered and sent to the customer, confirmed first. */
export function FinalizeInvoice({ invoiceId }: { invoiceId: string }) {
  const [state, action, pending] = useActionState(finalizeInvoiceAction, null);
  useActionToast(state);
  return (
    <div className="flex flex-col gap-3">
      <ConfirmAction
        trigger="Faturayı kes"
        title="Fatura kesilsin mi?"
        description="Taslağa sıradaki fatura numarası verilir, son ödeme zamanı 24 saat sonrası olur ve fatura müşteriye e-postayla gönderilir. Bu işlem geri alınamaz."
        confirm="Faturayı kes"
        busyLabel="Kesiliyor…"
        action={action}
        fields={{ invoiceId }}
        pending={pending}
        tone="primary"
        triggerVariant="primary"
      />
      {state && <Alert tone={state.ok ? "success" : "error"}>{state.ok ? state.message : state.formError}</Alert>}
    </div>
  );
}

/** `Faturayı iptal et` with its reason: the invoice keeps its number and its row. */
export function CancelInvoice({ invoiceId, invoiceNumber }: { invoiceId: string; invoiceNumber: string | null }) {
  const [state, action, pending] = useActionState(cancelInvoiceAction, null);
  useActionToast(state);
  const error = state && !state.ok ? (state.fieldErrors?.reason?.[0] ?? state.formError) : null;
  return (
    <div className="flex flex-col gap-3">
      <ConfirmAction
        trigger="Faturayı iptal et"
        title="Fatura iptal edilsin mi?"
        description={
          invoiceNumber
            ? `${invoiceNumber} numaralı fatura iptal edilir; numarası ve kaydı silinmez, vadeleri işlemez. Bu işlem geri alınamaz.`
            : "Taslak fatura iptal edilir. Bu işlem geri alınamaz."
        }
        confirm="Faturayı iptal et"
        busyLabel="İptal ediliyor…"
        action={action}
        fields={{ invoiceId }}
        pending={pending}
      >
        <Field label="İptal nedeni" hint="En az 5 karakter; faturanın geçmişinde görünür.">
          {(a11y) => <Textarea {...a11y} name="reason" required minLength={5} maxLength={500} rows={3} />}
        </Field>
      </ConfirmAction>
      {error && <Alert>{error}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
    </div>
  );
}
