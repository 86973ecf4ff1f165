import "server-only";
import { getDb } from "@/db";
import { listEmailsDueForRequeue, listEmailsQueuedBefore, postponeRequeue } from "@/db/queries/emails";
import { inngestConfigured } from "@/inngest/client";
import type { Context } from "./context";
import { dispatchEmails, EMAIL_SENDS_PER_SECOND, markEmailFailed, REQUEUE_GRACE_MS } from "./email";

/** An e-mail not sent within a day is given up: its links have expired or it is news no longer. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
/**
 * Without Inngest this job is the sender: a pass delivers at most this many (two minutes at
 * EMAIL_SENDS_PER_SECOND), so the jobs after it in the pass are not held up.
 */
export const INLINE_REQUEUE_LIMIT = 120 * EMAIL_SENDS_PER_SECOND;

/**
 * Hands the `queued` rows whose time has come (`requeue_after`: 5 minutes after they were queued or
 * handed over, plus the time the queue then needed at EMAIL_SENDS_PER_SECOND) to the sender again: an Inngest event, or a delivery here
 * without Inngest. A billing run's thousands of e-mails waiting their turn are not handed over twice.
 */
export async function requeueStaleEmails(ctx: Context, now = new Date()): Promise<{ requeued: number }> {
  const db = await getDb();
  const viaInngest = inngestConfigured();
  const ids = await listEmailsDueForRequeue(db, { now, limit: viaInngest ? 500 : INLINE_REQUEUE_LIMIT });
  // Handed over again, they wait their turn anew (without Inngest this pass is their turn).
  if (viaInngest) {
    await postponeRequeue(db, { emailIds: ids, graceMs: REQUEUE_GRACE_MS, perSecond: EMAIL_SENDS_PER_SECOND });
  }
  await dispatchEmails(ids, { ctx });
  return { requeued: ids.length };
}

/** No e-mail stays `queued` forever, whatever went wrong: a day after it was queued it is marked `failed`. */
export async function failUndeliveredEmails(ctx: Context, now = new Date()): Promise<{ failed: number }> {
  const ids = await listEmailsQueuedBefore(await getDb(), {
    queuedBefore: new Date(now.getTime() - GIVE_UP_AFTER_MS),
    limit: 500,
  });
  for (const id of ids) await markEmailFailed(ctx, id, "24 saat içinde gönderilemedi; yeniden denenmeyecek.");
  return { failed: ids.length };
}
