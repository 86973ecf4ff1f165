import "server-only";
import { getDb } from "@/db";
import { listEmailsDueForRequeue, listEmailsQueuedBefore, setRequeueAfter } from "@/db/queries/emails";
import { inngestConfigured } from "@/inngest/client";
import type { Context } from "./context";
import { dispatchEmails, EMAIL_SENDS_PER_SECOND, markEmailFailed, requeueAfter } from "./email";

/** An e-mail not sent within a day is given up: its links have expired or it is news no longer. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
/**
 * Without Inngest this job is the sender: a pass delivers at most this many (two minutes at
 * EMAIL_SENDS_PER_SECOND), so the jobs after it in the pass are not held up.
 */
export const INLINE_REQUEUE_LIMIT = 120 * EMAIL_SENDS_PER_SECOND;

/**
 * Hands the `queued` rows whose time has come (`requeue_after`, see requeueAfter in lib/email.ts) to
 * the sender again: an Inngest event, or a delivery here without Inngest. A billing run's thousands
 * of e-mails waiting their turn are not handed over twice.
 */
export async function requeueStaleEmails(ctx: Context, now = new Date()): Promise<{ requeued: number }> {
  const db = await getDb();
  const viaInngest = inngestConfigured();
  const ids = await listEmailsDueForRequeue(db, { now, limit: viaInngest ? 500 : INLINE_REQUEUE_LIMIT });
  // Handed over again, they wait their turn anew (without Inngest this pass is their turn).
  if (viaInngest) await setRequeueAfter(db, { emailIds: ids, at: requeueAfter(0) });
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
