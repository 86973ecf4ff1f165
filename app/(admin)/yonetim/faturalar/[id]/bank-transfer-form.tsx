"use client";

import { dayLabel } from "@/components/admin/format";
import { ConfirmSubmit } from "@/components/forms/confirm-submit";
import type { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { recordBankTransferSchema } from "@/lib/billing/schemas";
import { isCalendarDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";

export type BankTransferForm = ReturnType<typeof useActionForm<typeof recordBankTransferSchema, undefined>>;

/**
 * `Havale/EFT kaydet`: the day the money arrived (today by default, never later) and the bank's
 * reference, asked first (the invoice is then paid, the customer told: nothing undoes it). Its state
 * lives in InvoiceActions, which stays on the page once the invoice is paid.
 */
export function BankTransferFields({
  transfer,
  invoice,
  today,
}: {
  transfer: BankTransferForm;
  invoice: { id: string; invoiceNumber: string | null; total: number };
  today: string;
}) {
  const { form, pending, fieldError, formError, check, previous, formProps } = transfer;
  const invoiceId = invoice.id;
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-start">
      {formError && (
        <div className="sm:col-span-2">
          <Alert>{formError}</Alert>
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
        <ConfirmSubmit
          label="Havale/EFT kaydet"
          title="Ödeme kaydedilsin mi?"
          description={`${invoice.invoiceNumber ?? "Fatura"}: ${formatKurus(invoice.total)} ${paidOnLabel(form.watch("paidOn"))} tarihli havale/EFT ile ödendi olarak kaydedilir, müşteriye bildirilir; ödeme nedeniyle askıdaysa hesabı yeniden açılır. Bu işlem geri alınamaz.`}
          busyLabel="Kaydediliyor…"
          pending={pending}
          check={check}
        />
      </div>
    </form>
  );
}

/** The day typed as 25.11.2026, or as typed while it is no day yet. */
const paidOnLabel = (value: unknown) =>
  typeof value === "string" && isCalendarDate(value) ? dayLabel(value) : String(value ?? "");
