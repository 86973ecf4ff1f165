"use client";

import { useActionState, useMemo } from "react";
import { answerOf } from "@/components/forms/confirm-action-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { OutcomeAlert } from "@/components/ui/outcome-alert";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast } from "@/components/ui/use-action-toast";
import type { InvoiceStatus } from "@/lib/billing/status";
import { bankTransferFormSchema } from "@/lib/billing/schemas";
import type { ActionResult } from "@/lib/safe-action";
import { cancelInvoiceAction, finalizeInvoiceAction, recordBankTransferAction } from "../actions";
import { BankTransferFields } from "./bank-transfer-form";

type Invoice = { id: string; invoiceNumber: string | null; status: InvoiceStatus; total: number };

/**
 * What operations may do with the invoice, as its status allows: `Faturayı kes` (a draft),
 * `Havale/EFT kaydet` (an open one), `Faturayı iptal et` (not yet paid or cancelled). Every action's
 * answer is kept here, above the sections: a success changes the status, which removes the section
 * that was used, and its message must stay on the page.
 */
export function InvoiceActions({
  invoice,
  today,
  issuedOn,
}: {
  invoice: Invoice;
  /** Istanbul's today and the invoice's issue day (YYYY-MM-DD): the transfer's day lies between them. */
  today: string;
  issuedOn: string | null;
}) {
  const [finalizeState, finalize, finalizing] = useActionState(finalizeInvoiceAction, null);
  const [cancelState, cancel, cancelling] = useActionState(cancelInvoiceAction, null);
  const transferSchema = useMemo(() => bankTransferFormSchema({ today, issuedOn }), [today, issuedOn]);
  const transfer = useActionForm(transferSchema, recordBankTransferAction, {
    invoiceId: invoice.id,
    paidOn: today,
    reference: "",
  });
  useActionToast(finalizeState);
  useActionToast(cancelState);
  useActionToast(transfer.state);
  const open = invoice.status === "sent" || invoice.status === "overdue";
  // A refused reason keeps the dialog open on the field (ConfirmAction), with what was typed.
  const cancelAnswer = answerOf(cancelState);
  const cancelError =
    cancelState && !cancelState.ok ? (cancelAnswer.fieldError("reason") ?? cancelState.formError) : null;
  return (
    <>
      <Succeeded states={[finalizeState, transfer.state, cancelState]} />
      {invoice.status === "draft" && (
        <Card aria-labelledby="fatura-kes">
          <CardTitle id="fatura-kes">Faturayı kes</CardTitle>
          <CardDescription>Taslak, kesilene kadar müşteriye görünmez.</CardDescription>
          {finalizeState && !finalizeState.ok && <Alert>{finalizeState.formError}</Alert>}
          <div>
            <ConfirmAction
              trigger="Faturayı kes"
              title="Fatura kesilsin mi?"
              description="Taslağa sıradaki fatura numarası verilir, son ödeme zamanı 24 saat sonrası olur ve fatura müşteriye e-postayla gönderilir. Bu işlem geri alınamaz."
              confirm="Faturayı kes"
              busyLabel="Kesiliyor…"
              action={finalize}
              fields={{ invoiceId: invoice.id }}
              pending={finalizing}
              tone="primary"
              triggerVariant="primary"
            />
          </div>
        </Card>
      )}
      {open && (
        <Card aria-labelledby="havale">
          <CardTitle id="havale">Havale/EFT kaydet</CardTitle>
          <CardDescription>
            Banka hesabına gelen ödemeyi kaydedin: fatura ödendi olur, müşteriye bildirilir, ödeme nedeniyle askıya
            alınmışsa hesabı yeniden açılır.
          </CardDescription>
          <BankTransferFields transfer={transfer} invoice={invoice} today={today} />
        </Card>
      )}
      {(open || invoice.status === "draft") && (
        <Card aria-labelledby="iptal" className="border-red-200">
          <CardTitle id="iptal">Faturayı iptal et</CardTitle>
          <CardDescription>İptal edilen fatura silinmez; numarası korunur ve tekrar kullanılmaz.</CardDescription>
          {cancelError && <Alert>{cancelError}</Alert>}
          <div>
            <ConfirmAction
              trigger="Faturayı iptal et"
              title="Fatura iptal edilsin mi?"
              description={
                invoice.invoiceNumber
                  ? `${invoice.invoiceNumber} numaralı fatura iptal edilir; numarası ve kaydı silinmez, vadeleri işlemez. Bu işlem geri alınamaz.`
                  : "Taslak fatura iptal edilir. Bu işlem geri alınamaz."
              }
              confirm="Faturayı iptal et"
              busyLabel="İptal ediliyor…"
              action={cancel}
              fields={{ invoiceId: invoice.id }}
              pending={cancelling}
            >
              <Field
                label="İptal nedeni"
                hint="En az 5 karakter; faturanın geçmişinde görünür."
                error={cancelAnswer.fieldError("reason")}
              >
                {(a11y) => (
                  <Textarea
                    {...a11y}
                    name="reason"
                    required
                    minLength={5}
                    maxLength={500}
                    rows={3}
                    defaultValue={cancelAnswer.previous("reason")}
                  />
                )}
              </Field>
            </ConfirmAction>
          </div>
        </Card>
      )}
    </>
  );
}

/** Each success, focused as it appears: the section whose button sent it has left the page. */
function Succeeded({ states }: { states: (ActionResult<unknown> | null)[] }) {
  return states.map((state, index) =>
    state?.ok && state.message ? (
      <OutcomeAlert key={index} of={state}>
        {state.message}
      </OutcomeAlert>
    ) : null,
  );
}
