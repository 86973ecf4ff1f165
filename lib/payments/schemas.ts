/**
 * Card payment forms' schemas, shared by the forms and their actions: `Öde` on the customer's
 * invoice page and `İade et` (fields `İade tutarı`, `İade nedeni`) on the admin's.
 */
import { z } from "zod";
import { amountField } from "../amount-field";
import { rowId } from "../row-id";
import { text } from "../text";

export const startCardPaymentSchema = z.object({ invoiceId: rowId("Fatura bulunamadı.") });
export type StartCardPaymentInput = z.infer<typeof startCardPaymentSchema>;

export const refundPaymentSchema = z.object({
  paymentId: rowId("Ödeme bulunamadı."),
  /** The form's own id, rendered with it: the same form sent again is the same refund. */
  requestKey: z.uuid({ error: "Sayfayı yenileyip yeniden deneyin." }),
  amount: amountField({ label: "İade tutarı", min: 1, max: 999_999_999_99 }),
  reason: text({ multiline: true, error: "İade nedenini yazın." })
    .min(5, "İade nedeni en az 5 karakter olmalı.")
    .max(500, "İade nedeni en fazla 500 karakter olabilir."),
});
export type RefundPaymentInput = z.infer<typeof refundPaymentSchema>;

/** `İade yapıldı` / `İade yapılmadı`: what an admin found on Iyzico's side for a refund whose answer was lost. */
export const resolveRefundSchema = z.object({
  refundId: rowId("İade bulunamadı."),
  outcome: z.enum(["succeeded", "failed"], { error: "Sonucu seçin." }),
});
export type ResolveRefundInput = z.infer<typeof resolveRefundSchema>;
