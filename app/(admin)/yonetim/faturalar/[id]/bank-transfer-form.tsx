"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { recordBankTransferSchema } from "@/lib/billing/schemas";
import { recordBankTransferAction } from "../actions";

/** `Havale/EFT kaydet`: the day the money arrived (today by default, never later) and the bank's reference. */
export function BankTransferForm({ invoiceId, today }: { invoiceId: string; today: string }) {
  const { form, state, pending, fieldError, previous, formProps } = useActionForm(
    recordBankTransferSchema,
    recordBankTransferAction,
    { invoiceId, paidOn: today, reference: "" },
  );
  useActionToast(state);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-start">
      <div className="sm:col-span-2">
        {state && !state.ok && <Alert>{state.formError}</Alert>}
        {state?.ok && <Alert tone="success">{state.message}</Alert>}
      </div>
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
