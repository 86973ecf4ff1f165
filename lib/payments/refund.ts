import "server-only";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { getRefundByKey, lockPaymentForRefund } from "@/db/queries/payments";
import { paymentRefunds } from "@/db/schema";
import { writeAudit } from "../audit";
import type { AdminContext } from "../context";
import { iyzico } from "../iyzico/config";
import { IyzicoApiError } from "../iyzico/errors";
import { buildRefundV2Request } from "../iyzico/requests";
import type { RefundResult } from "../iyzico/responses";
import { formatKurus } from "../money";
import { paymentError } from "./messages";
import { completeRefund, type RefundOutcome } from "./refund-complete";

export type { RefundOutcome };
import type { RefundPaymentInput } from "./schemas";

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
      await completeRefund(ctx, requested.refundId, {
        kind: "failed",
        reason: error.providerMessage || error.providerCode,
        by: "iyzico",
      });
      throw paymentError("REFUND_REFUSED", {
        message: `Iyzico iadeyi kabul etmedi (${error.providerMessage || error.providerCode}); para iade edilmedi.`,
      });
    }
    ctx.log.error({ err: error, refundId: requested.refundId }, "refund sent, outcome unknown");
    throw paymentError("REFUND_OUTCOME_UNKNOWN", { cause: error });
  }
  return completeRefund(ctx, requested.refundId, {
    kind: "succeeded",
    providerReference: result.refundHostReference,
    by: "iyzico",
  });
}
