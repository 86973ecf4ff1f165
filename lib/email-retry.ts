import "server-only";
import { getDb } from "@/db";
import { countQueuedEmails, listQueuedEmailIds } from "@/db/queries/emails";
import type { Context } from "./context";
import { dispatchEmails, EMAIL_SENDS_PER_SECOND, markEmailFailed } from "./email";

/** A row still queued this long after it was written lost its event or failed right after commit. */
export const STALE_AFTER_MS = 5 * 60_000;
/** An e-mail not sent within a day is given up: its links have expired or it is news no longer. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/**
 * Hands the stale `queued` rows to the sender again (an Inngest event, or a delivery here without
 * Inngest). A row is stale when it has waited 5 minutes longer than the rows queued with it need at
 * EMAIL_SENDS_PER_SECOND: after a billing run, 10,000 invoice e-mails wait their turn for hours, and
 * handing them over again would only queue a second run behind the first for each.
 */
export async function requeueStaleEmails(ctx: Context, now = new Date()): Promise<{ requeued: number }> {
  const db = await getDb();
  const backlogMs = ((await countQueuedEmails(db)) / EMAIL_SENDS_PER_SECOND) * 1000;
  const ids = await listQueuedEmailIds(db, {
    createdBefore: new Date(now.getTime() - STALE_AFTER_MS - backlogMs),
    limit: 500,
  });
  await dispatchEmails(ids, { ctx });
  return { requeued: ids.length };
}

/** No e-mail stays `queued` forever, whatever went wrong: after a day it is marked `failed`. */
export async function failUndeliveredEmails(ctx: Context, now = new Date()): Promise<{ failed: number }> {
  const ids = await listQueuedEmailIds(await getDb(), {
    createdBefore: new Date(now.getTime() - GIVE_UP_AFTER_MS),
    limit: 500,
  });
  for (const id of ids) await markEmailFailed(ctx, id, "24 saat içinde gönderilemedi; yeniden denenmeyecek.");
  return { failed: ids.length };
}
