import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { getRefundByKey, lockPaymentForRefund } from "@/db/queries/payments";
import { paymentRefunds, payments } from "@/db/schema";
import { writeAudit } from "../audit";
import { invoiceUrl } from "../billing/links";
import type { AdminContext } from "../context";
import { transactionWithEmails } from "../email";
import { iyzico } from "../iyzico/config";
import { IyzicoApiError } from "../iyzico/errors";
import { buildRefundV2Request } from "../iyzico/requests";
import type { RefundResult } from "../iyzico/responses";
import { formatKurus } from "../money";
import { publishPaymentRefunded } from "./events";
import { paymentError } from "./messages";
import type { RefundPaymentInput } from "./schemas";
import { paymentStatus, refundStatus } from "./status";

export type RefundOutcome = { refundId: string; amount: number; full: boolean };

/**
 * Writes the refund as `requested` before anything is sent: the payment locked, the amount within
 * what is left, no other refund of it in flight (a database constraint), the form's key unused.
 * Returns the refund to send, or throws the reason it must not be sent (again).
 */
async function recordRequest(ctx: AdminContext, input: RefundPaymentInput) {
  const db = await getDb();
  const earlier = await getRefundByKey(db, { requestKey: input.requestKey });
  if (earlier) throw paymentError(earlier.status === "requested" ? "REFUND_OUTCOME_UNKNOWN" : "REFUND_ALREADY_SENT");
  try {
    return await db.transaction(async (tx) => {
      const payment = await lockPaymentForRefund(tx, { paymentId: input.paymentId });
      if (!payment) throw paymentError("PAYMENT_NOT_FOUND");
      if (payment.provider !== "iyzico" || !payment.providerPaymentId) throw paymentError("REFUND_NOT_CARD");
      if (payment.status !== "succeeded") throw paymentError("REFUND_NOT_REFUNDABLE");
      if (input.amount > payment.amount - payment.refundedAmount) {
        throw paymentError("REFUND_TOO_LARGE", {
          field: "amount",
          message: `İade tutarı en fazla ${formatKurus(payment.amount - payment.refundedAmount)} olabilir.`,
        });
      }
      const [refund] = await tx
        .insert(paymentRefunds)
        .values({
          paymentId: payment.id,
          requestKey: input.requestKey,
          amount: input.amount,
          reason: input.reason,
          requestedBy: ctx.actor.id,
        })
        .returning({ id: paymentRefunds.id });
      await writeAudit(tx, ctx, {
        action: "payment.refund_requested",
        entityType: "payment",
        entityId: payment.id,
        after: { refundId: refund!.id, amount: input.amount, reason: input.reason },
      });
      return { refundId: refund!.id, payment };
    });
  } catch (error) {
    if (isUniqueViolation(error, "payment_refunds_one_requested")) throw paymentError("REFUND_IN_PROGRESS");
    if (isUniqueViolation(error, "payment_refunds_request_key_unique")) throw paymentError("REFUND_ALREADY_SENT");
    throw error;
  }
}

type Requested = Awaited<ReturnType<typeof recordRequest>>;

async function recordSuccess(ctx: AdminContext, input: RefundPaymentInput, requested: Requested, result: RefundResult) {
  const { refundId, payment } = requested;
  return transactionWithEmails(async (tx, queue) => {
    const [locked] = await tx
      .select({ status: payments.status, amount: payments.amount, refundedAmount: payments.refundedAmount })
      .from(payments)
      .where(eq(payments.id, payment.id))
      .for("update");
    const refunded = locked!.refundedAmount + input.amount;
    const full = refunded === locked!.amount;
    if (full) paymentStatus.assert(locked!.status, "refunded");
    refundStatus.assert("requested", "succeeded");
    await tx
      .update(paymentRefunds)
      .set({ status: "succeeded", providerReference: result.refundHostReference, completedAt: sql`now()` })
      .where(eq(paymentRefunds.id, refundId));
    await tx
      .update(payments)
      .set({ refundedAmount: refunded, ...(full ? { status: "refunded" as const } : {}) })
      .where(eq(payments.id, payment.id));
    await writeAudit(tx, ctx, {
      action: "payment.refunded",
      entityType: "payment",
      entityId: payment.id,
      before: { status: locked!.status, refundedAmount: locked!.refundedAmount },
      after: { status: full ? "refunded" : locked!.status, refundedAmount: refunded, refundId, reason: input.reason },
    });
    await queue({
      to: payment.email,
      template: "payment-refunded",
      data: {
        name: payment.contactName,
        companyName: payment.companyName,
        invoiceNumber: payment.invoiceNumber!,
        amount: formatKurus(input.amount),
        reason: input.reason,
        full,
        invoiceUrl: invoiceUrl(payment.invoiceId),
      },
    });
    return { refundId, amount: input.amount, full };
  });
}

async function recordRefusal(ctx: AdminContext, requested: Requested, error: IyzicoApiError) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(paymentRefunds)
      .set({ status: "failed", failureReason: error.providerMessage || error.providerCode, completedAt: sql`now()` })
      .where(eq(paymentRefunds.id, requested.refundId));
    await writeAudit(tx, ctx, {
      action: "payment.refund_failed",
      entityType: "payment",
      entityId: requested.payment.id,
      after: { refundId: requested.refundId, providerCode: error.providerCode, providerMessage: error.providerMessage },
    });
  });
}

/**
 * `İade et`: part or all of a card payment back to the card, with a reason. Recorded before the call
 * (so neither a retried form nor a second click can refund twice), sent to Iyzico once, then marked
 * with Iyzico's answer, audited and e-mailed to the customer. A lost answer leaves the refund
 * `requested`: it is never sent again, and the admin is told to check it on Iyzico's side.
 */
export async function refundPayment(ctx: AdminContext, input: RefundPaymentInput): Promise<RefundOutcome> {
  const client = iyzico();
  const requested = await recordRequest(ctx, input);
  let result: RefundResult;
  try {
    result = await client.refund(
      buildRefundV2Request({
        conversationId: requested.refundId,
        paymentId: requested.payment.providerPaymentId!,
        amountKurus: input.amount,
        ip: ctx.ip,
      }),
    );
  } catch (error) {
    if (error instanceof IyzicoApiError) {
      await recordRefusal(ctx, requested, error);
      throw paymentError("REFUND_REFUSED", {
        message: `Iyzico iadeyi kabul etmedi (${error.providerMessage || error.providerCode}); para iade edilmedi.`,
      });
    }
    ctx.log.error({ err: error, refundId: requested.refundId }, "refund sent, outcome unknown");
    throw paymentError("REFUND_OUTCOME_UNKNOWN", { cause: error });
  }
  const outcome = await recordSuccess(ctx, input, requested, result);
  await publishPaymentRefunded(ctx, {
    refundId: outcome.refundId,
    paymentId: requested.payment.id,
    invoiceId: requested.payment.invoiceId,
    amount: outcome.amount,
  });
  return outcome;
}
