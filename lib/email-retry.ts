import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { emails } from "@/db/schema";
import { dispatchEmails, findStaleQueuedEmails, markEmailFailed } from "./email";

/** An e-mail not sent within a day is given up: its links have expired or it is news no longer. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/**
 * Rows still `queued` five minutes after they were written lost their event or failed right after
 * commit: hand them to the sender again (an Inngest event, or a delivery here without Inngest).
 */
export async function requeueStaleEmails(now = new Date()): Promise<{ requeued: number }> {
  const ids = await findStaleQueuedEmails(now);
  await dispatchEmails(ids);
  return { requeued: ids.length };
}

/** No e-mail stays `queued` forever, whatever went wrong: after a day it is marked `failed`. */
export async function failUndeliveredEmails(now = new Date()): Promise<{ failed: number }> {
  const db = await getDb();
  const rows = await db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "queued"), lt(emails.createdAt, new Date(now.getTime() - GIVE_UP_AFTER_MS))))
    .limit(500);
  for (const row of rows) await markEmailFailed(row.id, "24 saat içinde gönderilemedi; yeniden denenmeyecek.");
  return { failed: rows.length };
}
