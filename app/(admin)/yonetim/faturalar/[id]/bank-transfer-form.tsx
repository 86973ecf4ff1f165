"use client";

import type { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { recordBankTransferSchema } from "@/lib/billing/schemas";

export type BankTransferForm = ReturnType<typeof useActionForm<typeof recordBankTransferSchema, undefined>>;

/**
 * `Havale/EFT kaydet`: the day the money arrived (today by default, never later) and the bank's
 * reference. Its state lives in InvoiceActions, which stays on the page once the invoice is paid.
 */
export function BankTransferFields({
  transfer,
  invoiceId,
  today,
}: {
  transfer: BankTransferForm;
  invoiceId: string;
  today: string;
}) {
  const { form, state, pending, fieldError, previous, formProps } = transfer;
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-start">
      {state && !state.ok && (
        <div className="sm:col-span-2">
          <Alert>{state.formError}</Alert>
        </div>
      )}
      <input type="hidden" {...form.register("invoiceId")} value={invoiceId} />
      <Field label="Ödeme tarihi" error={fieldError("paidOn")}>
        {(a11y) => (
          <Input {...a11y} type="date" max={today} {...form.register("paidOn")} defaultValue={previous("paidOn")} />
        )}
      </Field>
      <Field label="Referans" hint="Bankanın dekonttaki işlem numarası" error={fieldError("reference")}>
        {(a11y) => (
          <Input {...a11y} {...form.register("reference")} defaultValue={previous("reference")} autoComplete="off" />
        )}
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} busyLabel="Kaydediliyor…">
          Havale/EFT kaydet
        </SubmitButton>
      </div>
    </form>
  );
}
