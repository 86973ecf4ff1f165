import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { lockInvoice } from "@/db/queries/billing";
import { isUniqueViolation } from "@/db/errors";
import { invoices, payments } from "@/db/schema";
import { writeAudit } from "../audit";
import type { AdminContext, Context } from "../context";
import { istanbulTime, istanbulWallClock } from "../dates";
import { transactionWithEmails } from "../email";
import { formatKurus } from "../money";
import { queueOpsAlert } from "../ops-alerts";
import { publishInvoicePaid } from "./events";
import { billingError } from "./messages";
import { reactivateSettledCustomers } from "./reactivate";
import type { RecordBankTransferInput } from "./schemas";
import { invoiceStatus, PAYMENT_METHOD_LABELS, type InvoiceStatus, type PaymentMethod } from "./status";

export type PaidInvoice = { invoiceId: string; customerId: string; invoiceNumber: string; total: number };

/**
 * Marks an invoice paid inside the caller's transaction (the one that records the payment): locked,
 * checked by the status machine (only `sent` or `overdue`), audited, with the operations alert queued
 * (run it inside `transactionWithEmails` so the alert leaves right after commit). The caller runs
 * `afterInvoicePaid` once its transaction has committed. Card payments (Iyzico) call this too.
 */
export async function markInvoicePaid(
  tx: Tx,
  ctx: Context,
  input: { invoiceId: string; paidAt: Date; method: PaymentMethod },
): Promise<PaidInvoice & { from: InvoiceStatus }> {
  const invoice = await lockInvoice(tx, { invoiceId: input.invoiceId });
  if (!invoice) throw billingError("INVOICE_NOT_FOUND");
  invoiceStatus.assert(invoice.status, "paid");
  await tx
    .update(invoices)
    .set({ status: "paid", paidAt: input.paidAt, paymentMethod: input.method })
    .where(eq(invoices.id, invoice.id));
  await writeAudit(tx, ctx, {
    action: "invoice.paid",
    entityType: "invoice",
    entityId: invoice.id,
    before: { status: invoice.status },
    after: { status: "paid", paidAt: input.paidAt.toISOString(), paymentMethod: input.method },
  });
  await queueOpsAlert(tx, ctx, "payment_received", {
    summary: `${invoice.invoiceNumber} · ${formatKurus(invoice.total)}`,
    details: { Yöntem: PAYMENT_METHOD_LABELS[input.method] },
    path: `/yonetim/faturalar/${invoice.id}`,
  });
  return {
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    invoiceNumber: invoice.invoiceNumber!,
    total: invoice.total,
    from: invoice.status,
  };
}

/**
 * After a payment committed: `invoice/paid` stops the invoice's schedule and reactivates the customer
 * (inngest/functions/invoice-paid.ts); without Inngest, or when the event cannot be handed over, the
 * customer is reactivated here. The sweep would do it within 15 minutes anyway.
 */
export async function afterInvoicePaid(ctx: Context, paid: { invoiceId: string; customerId: string }): Promise<void> {
  if (await publishInvoicePaid(ctx, paid)) return;
  await reactivateSettledCustomers(ctx, { customerId: paid.customerId });
}

const dayKey = (date: Date) => {
  const wall = istanbulWallClock(date);
  return `${wall.year}-${String(wall.month).padStart(2, "0")}-${String(wall.day).padStart(2, "0")}`;
};

/**
 * When a transfer made on `paidOn` (an Istanbul calendar day) counts as paid: today is now; an earlier
 * day is its start, but never before the invoice was issued. A day after today or before the issue
 * day is refused on the field.
 */
function paidAtFor(paidOn: string, issuedAt: Date, now: Date): Date {
  if (paidOn > dayKey(now)) throw billingError("PAYMENT_DATE_IN_FUTURE", { field: "paidOn" });
  if (paidOn < dayKey(issuedAt)) throw billingError("PAYMENT_DATE_BEFORE_ISSUE", { field: "paidOn" });
  if (paidOn === dayKey(now)) return now;
  const [year, month, day] = paidOn.split("-").map(Number) as [number, number, number];
  const start = istanbulTime(year, month, day);
  return start.getTime() < issuedAt.getTime() ? issuedAt : start;
}

/**
 * `Havale/EFT kaydet`: operations record a bank transfer for an issued invoice: the payment (bank
 * reference unique among transfers), the invoice `paid` with the payment date and method, both audited,
 * in one transaction; then the paid event (reactivation).
 */
export async function recordBankTransfer(
  ctx: AdminContext,
  input: RecordBankTransferInput,
  now = new Date(),
): Promise<PaidInvoice> {
  let paid: PaidInvoice;
  try {
    paid = await transactionWithEmails(async (tx) => {
      const invoice = await lockInvoice(tx, { invoiceId: input.invoiceId });
      if (!invoice) throw billingError("INVOICE_NOT_FOUND");
      invoiceStatus.assert(invoice.status, "paid");
      const paidAt = paidAtFor(input.paidOn, invoice.issuedAt!, now);
      const [payment] = await tx
        .insert(payments)
        .values({
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          provider: "bank_transfer",
          providerPaymentId: input.reference,
          conversationId: `havale-${crypto.randomUUID()}`,
          status: "succeeded",
          amount: invoice.total,
          recordedBy: ctx.actor.id,
        })
        .returning({ id: payments.id });
      await writeAudit(tx, ctx, {
        action: "payment.recorded",
        entityType: "payment",
        entityId: payment!.id,
        after: {
          invoiceId: invoice.id,
          provider: "bank_transfer",
          reference: input.reference,
          amount: invoice.total,
          paidOn: input.paidOn,
        },
      });
      return markInvoicePaid(tx, ctx, { invoiceId: invoice.id, paidAt, method: "bank_transfer" });
    });
  } catch (error) {
    if (isUniqueViolation(error, "payments_provider_payment_id_unique")) {
      throw billingError("PAYMENT_REFERENCE_TAKEN", { field: "reference", cause: error });
    }
    throw error;
  }
  await afterInvoicePaid(ctx, paid);
  return {
    invoiceId: paid.invoiceId,
    customerId: paid.customerId,
    invoiceNumber: paid.invoiceNumber,
    total: paid.total,
  };
}
