/**
 * The admin billing forms' schemas (`/yonetim/faturalar`), shared by the forms and their actions.
 * Field names are the inputs' names; the Turkish labels are `Ödeme tarihi`, `Referans`, `İptal nedeni`.
 */
import { z } from "zod";
import { BILLING_MESSAGES } from "./messages";
import { rowId } from "../row-id";
import { text } from "../text";

const invoiceId = rowId("Fatura bulunamadı.");
/** YYYY-MM-DD, as an <input type="date"> sends it. */
const isoDate = (error: string) => z.iso.date({ error });

export const recordBankTransferSchema = z.object({
  invoiceId,
  paidOn: isoDate("Ödeme tarihini seçin."),
  reference: text({ error: "Banka referansını girin." })
    .min(1, "Banka referansını girin.")
    .min(3, "Referans en az 3 karakter olmalı.")
    .max(100, "Referans en fazla 100 karakter olabilir."),
});
export type RecordBankTransferInput = z.infer<typeof recordBankTransferSchema>;

/**
 * The form's check in the browser: the schema, and the day between the invoice's issue day and today
 * (Istanbul days, as the page computed them), so an impossible day is refused before the question
 * that says nothing undoes the payment. The action checks again by the server's clock (lib/billing/paid.ts).
 */
export const bankTransferFormSchema = (days: { today: string; issuedOn: string | null }) =>
  recordBankTransferSchema.superRefine((value, ctx) => {
    if (value.paidOn > days.today) {
      ctx.addIssue({ code: "custom", path: ["paidOn"], message: BILLING_MESSAGES.PAYMENT_DATE_IN_FUTURE });
    } else if (days.issuedOn && value.paidOn < days.issuedOn) {
      ctx.addIssue({ code: "custom", path: ["paidOn"], message: BILLING_MESSAGES.PAYMENT_DATE_BEFORE_ISSUE });
    }
  });

export const cancelInvoiceSchema = z.object({
  invoiceId,
  reason: text({ multiline: true, error: "İptal nedenini yazın." })
    .min(1, "İptal nedenini yazın.")
    .min(5, "İptal nedeni en az 5 karakter olmalı.")
    .max(500, "İptal nedeni en fazla 500 karakter olabilir."),
});
export type CancelInvoiceInput = z.infer<typeof cancelInvoiceSchema>;

export const finalizeInvoiceSchema = z.object({ invoiceId });

/** `Dönemi faturalandır`: the period's first day; without it, the last period that ended. */
export const billPeriodSchema = z.object({
  periodStart: z.preprocess((value) => (value === "" ? undefined : value), isoDate("Dönemi seçin.").optional()),
});
export type BillPeriodInput = z.infer<typeof billPeriodSchema>;
