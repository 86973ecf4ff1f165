import "server-only";
import { eq } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { lockInvoice } from "@/db/queries/billing";
import { lockAttempt, type CardAttempt } from "@/db/queries/payments";
import { payments } from "@/db/schema";
import { writeAudit } from "../audit";
import { afterInvoicePaid, markInvoicePaid, type PaidInvoice } from "../billing/paid";
import { invoiceUrl } from "../billing/links";
import { OPEN_INVOICE_STATUSES } from "../billing/status";
import type { Context } from "../context";
import { formatIstanbulDateTime } from "../dates";
import { transactionWithEmails } from "../email";
import { iyzico } from "../iyzico/config";
import { IyzicoApiError, IyzicoUnavailableError, IyzicoVerificationError } from "../iyzico/errors";
import { buildCheckoutFormRetrieveRequest } from "../iyzico/requests";
import type { CheckoutFormResult } from "../iyzico/responses";
import { formatKurus } from "../money";
import { publishPaymentSucceeded } from "./events";
import { paymentStatus } from "./status";
import { judgePayment, type Verdict } from "./verdict";

/** Iyzico's checkout token lives 30 minutes; past this an attempt nobody paid is over. */
export const ATTEMPT_LIFETIME_MS = 35 * 60_000;

export type SettleOutcome = "paid" | "failed" | "pending" | "settled-before";
export type Settled = { outcome: SettleOutcome; invoiceId: string; reason?: string };

/** Asks Iyzico about the attempt; null when no usable, proven answer came (try again later). */
async function retrieve(ctx: Context, attempt: CardAttempt, now: Date): Promise<CheckoutFormResult | Verdict> {
  try {
    return await iyzico().retrieveCheckoutForm(
      buildCheckoutFormRetrieveRequest({ token: attempt.checkoutToken!, conversationId: attempt.conversationId }),
    );
  } catch (error) {
    if (error instanceof IyzicoUnavailableError) {
      ctx.log.warn({ err: error, paymentId: attempt.id }, "Iyzico unavailable: attempt stays pending");
      return { kind: "pending", reason: "Ödeme sağlayıcısına ulaşılamadı." };
    }
    if (error instanceof IyzicoVerificationError) {
      ctx.log.error({ err: error, paymentId: attempt.id }, "Iyzico answer not verified: attempt stays pending");
      return { kind: "pending", reason: "Ödeme sağlayıcısının yanıtı doğrulanamadı." };
    }
    if (error instanceof IyzicoApiError) {
      // Before the customer paid or gave up, Iyzico has no result for the token.
      const expired = now.getTime() - attempt.createdAt.getTime() > ATTEMPT_LIFETIME_MS;
      ctx.log.info({ paymentId: attempt.id, code: error.providerCode, expired }, "no payment result at Iyzico");
      return expired
        ? { kind: "failed", reason: "Ödeme tamamlanmadı.", review: false }
        : { kind: "pending", reason: "Ödeme henüz tamamlanmadı." };
    }
    throw error;
  }
}

const cardLabel = (result: CheckoutFormResult) =>
  result.card.lastFourDigits ? `${result.card.association ?? "Kart"} **** ${result.card.lastFourDigits}` : undefined;

/**
 * Settles a pending card attempt from Iyzico's own answer (never from what a caller posted): the
 * callback, a notification and reconciliation all come here. In one transaction, with the attempt
 * locked: the payment (Iyzico's payment id unique, card network and last four kept), the invoice
 * `paid`, audit rows and the "ödemeniz alındı" e-mail; after commit the paid event (reactivation).
 * An attempt already settled changes nothing, however often and however concurrently it is replayed.
 */
export async function settleCardAttempt(ctx: Context, attempt: CardAttempt, now = new Date()): Promise<Settled> {
  const invoiceId = attempt.invoiceId;
  if (attempt.status !== "pending") return { outcome: "settled-before", invoiceId };
  if (!attempt.checkoutToken) return { outcome: "pending", invoiceId };
  const answer = await retrieve(ctx, attempt, now);
  let paid: PaidInvoice | null = null;
  let settled: Settled;
  try {
    settled = await transactionWithEmails(async (tx, queue) => {
      const row = await lockAttempt(tx, { paymentId: attempt.id });
      if (!row || row.status !== "pending") return { outcome: "settled-before" as const, invoiceId };
      const result = "kind" in answer ? null : answer;
      const verdict = result ? judgePayment(result, row) : (answer as Verdict);
      if (verdict.kind === "pending") return { outcome: "pending" as const, invoiceId, reason: verdict.reason };
      paymentStatus.assert(row.status, verdict.kind === "paid" ? "succeeded" : "failed");
      const card = {
        cardAssociation: result?.card.association ?? null,
        cardLastFour: result?.card.lastFourDigits ?? null,
      };
      if (verdict.kind === "failed") {
        await tx
          .update(payments)
          .set({ status: "failed", failureReason: verdict.reason, settledAt: now, rawResponse: result, ...card })
          .where(eq(payments.id, row.id));
        await writeAudit(tx, ctx, {
          action: "payment.failed",
          entityType: "payment",
          entityId: row.id,
          before: { status: "pending" },
          after: { status: "failed", reason: verdict.reason, providerPaymentId: result?.paymentId ?? null },
        });
        if (verdict.review) ctx.log.error({ paymentId: row.id, result }, "card payment refused on our checks: review");
        return { outcome: "failed" as const, invoiceId, reason: verdict.reason };
      }
      const paidResult = result!;
      await tx
        .update(payments)
        .set({
          status: "succeeded",
          providerPaymentId: paidResult.paymentId,
          settledAt: now,
          rawResponse: paidResult,
          ...card,
        })
        .where(eq(payments.id, row.id));
      await writeAudit(tx, ctx, {
        action: "payment.succeeded",
        entityType: "payment",
        entityId: row.id,
        before: { status: "pending" },
        after: { status: "succeeded", providerPaymentId: paidResult.paymentId, amount: row.amount, ...card },
      });
      const invoice = await lockInvoice(tx, { invoiceId });
      if (!invoice || !(OPEN_INVOICE_STATUSES as readonly string[]).includes(invoice.status)) {
        // Paid twice (a bank transfer first, or two tabs): the money is ours to return, the invoice stays.
        ctx.log.error({ paymentId: row.id, invoiceId, status: invoice?.status }, "card payment for a closed invoice");
        await writeAudit(tx, ctx, {
          action: "payment.unapplied",
          entityType: "payment",
          entityId: row.id,
          after: { invoiceId, invoiceStatus: invoice?.status ?? null },
        });
        return { outcome: "paid" as const, invoiceId };
      }
      paid = await markInvoicePaid(tx, ctx, { invoiceId, paidAt: now, method: "card" });
      await queue({
        to: row.email,
        template: "payment-received",
        data: {
          name: row.contactName,
          companyName: row.companyName,
          invoiceNumber: row.invoiceNumber!,
          amount: formatKurus(row.amount),
          card: cardLabel(paidResult),
          paidAt: formatIstanbulDateTime(now),
          invoiceUrl: invoiceUrl(invoiceId),
        },
      });
      return { outcome: "paid" as const, invoiceId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "payments_provider_payment_id_unique")) {
      ctx.log.error({ err: error, paymentId: attempt.id }, "Iyzico payment already recorded on another attempt");
      return { outcome: "pending", invoiceId };
    }
    throw error;
  }
  if (settled.outcome === "paid") {
    await publishPaymentSucceeded(ctx, {
      paymentId: attempt.id,
      invoiceId,
      customerId: attempt.customerId,
      amount: attempt.amount,
    });
  }
  const paidInvoice = paid as PaidInvoice | null;
  if (paidInvoice) await afterInvoicePaid(ctx, paidInvoice);
  return settled;
}
