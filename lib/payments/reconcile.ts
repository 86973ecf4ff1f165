import "server-only";
import { getDb } from "@/db";
import { listPendingAttempts } from "@/db/queries/payments";
import type { Context } from "../context";
import { isCardPaymentConfigured } from "../iyzico/config";
import { settleCardAttempt } from "./settle";

/** An attempt younger than this may still be on Iyzico's page: the callback is expected first. */
export const RECONCILE_AFTER_MS = 2 * 60_000;
/** Past this nobody asks any more (an attempt in fraud review for two days needs a person). */
export const RECONCILE_FOR_MS = 48 * 60 * 60_000;
const BATCH = 100;

/**
 * Every 10 minutes (lib/scheduled-jobs.ts): card attempts pending for more than 2 minutes are asked
 * about at Iyzico and settled as the callback would have; a lost callback or notification is caught
 * here. Iyzico not answering leaves them pending for the next round.
 */
export async function reconcileCardPayments(ctx: Context, now = new Date()): Promise<Record<string, number>> {
  const counts = { checked: 0, paid: 0, failed: 0, pending: 0 };
  if (!isCardPaymentConfigured()) return counts;
  const attempts = await listPendingAttempts(await getDb(), {
    from: new Date(now.getTime() - RECONCILE_FOR_MS),
    to: new Date(now.getTime() - RECONCILE_AFTER_MS),
    limit: BATCH,
  });
  for (const attempt of attempts) {
    counts.checked += 1;
    try {
      const settled = await settleCardAttempt(ctx, attempt, now);
      if (settled.outcome === "paid") counts.paid += 1;
      else if (settled.outcome === "failed") counts.failed += 1;
      else if (settled.outcome === "pending") counts.pending += 1;
    } catch (error) {
      counts.pending += 1;
      ctx.log.error({ err: error, paymentId: attempt.id }, "reconciling a card attempt failed");
    }
  }
  return counts;
}
