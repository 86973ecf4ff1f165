import "server-only";
import { eq, sql } from "drizzle-orm";
import { lockPaymentForRefund, lockRefund } from "@/db/queries/payments";
import { paymentRefunds, payments } from "@/db/schema";
import { writeAudit } from "../audit";
import { invoiceUrl } from "../billing/links";
import type { AdminContext } from "../context";
import { transactionWithEmails } from "../email";
import { formatKurus } from "../money";
import { publishPaymentRefunded } from "./events";
import { paymentError } from "./messages";
import type { ResolveRefundInput } from "./schemas";
import { paymentStatus, refundStatus } from "./status";

export type RefundOutcome = {
  refundId: string;
  amount: number;
  full: boolean;
  status: "succeeded" | "failed";
  /** Whose card: the customer's company, for the answer operations read. */
  companyName: string;
};

export type RefundResolution =
  | { kind: "succeeded"; providerReference: string | null; by: "iyzico" | "admin" }
  | { kind: "failed"; reason: string; by: "iyzico" | "admin" };

/**
 * Records what became of a `requested` refund, once: succeeded (the payment's refunded amount grows,
 * `refunded` when nothing is left; the customer is e-mailed; the refund event follows) or failed (no
 * money moved). The refund and its payment are locked; a refund already settled is refused.
 */
export async function completeRefund(
  ctx: AdminContext,
  refundId: string,
  resolution: RefundResolution,
): Promise<RefundOutcome> {
  const outcome = await transactionWithEmails(async (tx, queue) => {
    const refund = await lockRefund(tx, { refundId });
    if (!refund) throw paymentError("PAYMENT_NOT_FOUND");
    refundStatus.assert(refund.status, resolution.kind);
    const payment = (await lockPaymentForRefund(tx, { paymentId: refund.paymentId }))!;
    if (resolution.kind === "failed") {
      await tx
        .update(paymentRefunds)
        .set({ status: "failed", failureReason: resolution.reason, completedAt: sql`now()` })
        .where(eq(paymentRefunds.id, refund.id));
      await writeAudit(tx, ctx, {
        action: "payment.refund_failed",
        entityType: "payment",
        entityId: payment.id,
        after: { refundId: refund.id, reason: resolution.reason, by: resolution.by },
      });
      return { refundId, amount: refund.amount, full: false, status: "failed" as const, payment };
    }
    const refunded = payment.refundedAmount + refund.amount;
    const full = refunded === payment.amount;
    if (full) paymentStatus.assert(payment.status, "refunded");
    await tx
      .update(paymentRefunds)
      .set({ status: "succeeded", providerReference: resolution.providerReference, completedAt: sql`now()` })
      .where(eq(paymentRefunds.id, refund.id));
    await tx
      .update(payments)
      .set({ refundedAmount: refunded, ...(full ? { status: "refunded" as const } : {}) })
      .where(eq(payments.id, payment.id));
    await writeAudit(tx, ctx, {
      action: "payment.refunded",
      entityType: "payment",
      entityId: payment.id,
      before: { status: payment.status, refundedAmount: payment.refundedAmount },
      after: {
        status: full ? "refunded" : payment.status,
        refundedAmount: refunded,
        refundId,
        reason: refund.reason,
        confirmedBy: resolution.by,
      },
    });
    await queue({
      to: payment.email,
      template: "payment-refunded",
      data: {
        name: payment.contactName,
        companyName: payment.companyName,
        invoiceNumber: payment.invoiceNumber!,
        amount: formatKurus(refund.amount),
        reason: refund.reason,
        full,
        invoiceUrl: invoiceUrl(payment.invoiceId),
      },
    });
    return { refundId, amount: refund.amount, full, status: "succeeded" as const, payment };
  });
  const { payment, ...rest } = outcome;
  const result = { ...rest, companyName: payment.companyName };
  if (result.status === "succeeded") {
    await publishPaymentRefunded(ctx, {
      refundId,
      paymentId: payment.id,
      invoiceId: payment.invoiceId,
      amount: result.amount,
    });
  }
  return result;
}

/**
 * A refund whose answer from Iyzico was lost stays `requested` and is never sent again. Once an admin
 * has looked it up on Iyzico's side, they record what they found here (`İade yapıldı` / `İade
 * yapılmadı`), which closes it and lets a new refund of the payment be sent.
 */
export function resolveRefund(ctx: AdminContext, input: ResolveRefundInput): Promise<RefundOutcome> {
  return completeRefund(
    ctx,
    input.refundId,
    input.outcome === "succeeded"
      ? { kind: "succeeded", providerReference: null, by: "admin" }
      : { kind: "failed", reason: "Iyzico panelinde yapılmadığı görüldü.", by: "admin" },
  );
}
