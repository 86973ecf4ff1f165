/**
 * Card payments' events, sent after the change they announce has committed, each with an id so a
 * retry is dropped by Inngest. Nothing in the app depends on them being delivered (the paid path
 * reactivates through lib/billing/paid.ts); they are for whoever listens (alerts, reports).
 */
import { inngest, inngestConfigured } from "@/inngest/client";
import { paymentRefunded, paymentSucceeded } from "@/inngest/events";
import type { Context } from "../context";

async function send(ctx: Context, event: Parameters<ReturnType<typeof inngest>["send"]>[0]) {
  if (!inngestConfigured()) return;
  try {
    await inngest().send(event);
  } catch (error) {
    ctx.log.warn({ err: error }, "payment event not sent");
  }
}

export function publishPaymentSucceeded(
  ctx: Context,
  data: { paymentId: string; invoiceId: string; customerId: string; amount: number },
) {
  return send(ctx, paymentSucceeded.create(data, { id: `payment-succeeded-${data.paymentId}` }));
}

export function publishPaymentRefunded(
  ctx: Context,
  data: { refundId: string; paymentId: string; invoiceId: string; amount: number },
) {
  return send(ctx, paymentRefunded.create(data, { id: `payment-refunded-${data.refundId}` }));
}
