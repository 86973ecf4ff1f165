import { and, asc, count, desc, eq, lt } from "drizzle-orm";
import { pageCount } from "@/lib/list-params";
import type { DbOrTx } from "../index";
import { emails } from "../schema";
import { isRowId } from "./row-id";

export const EMAIL_PAGE_SIZE = 50;

/** The e-mail log for operations, newest first. */
export async function listEmails(db: DbOrTx, params: { page: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: emails.id,
        recipient: emails.recipient,
        template: emails.template,
        subject: emails.subject,
        status: emails.status,
        attempts: emails.attempts,
        createdAt: emails.createdAt,
      })
      .from(emails)
      .orderBy(desc(emails.createdAt), desc(emails.id))
      .limit(EMAIL_PAGE_SIZE)
      .offset((params.page - 1) * EMAIL_PAGE_SIZE),
    db.select({ value: count() }).from(emails),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: pageCount(totalCount, EMAIL_PAGE_SIZE) };
}

/** One e-mail row with its template data (to render or send it), or null. */
export async function getEmail(db: DbOrTx, params: { emailId: string }) {
  if (!isRowId(params.emailId)) return null;
  const [row] = await db.select().from(emails).where(eq(emails.id, params.emailId)).limit(1);
  return row ?? null;
}

/** Ids of the rows still `queued` that were written before `createdBefore`, oldest first. */
export async function listQueuedEmailIds(db: DbOrTx, params: { createdBefore: Date; limit: number }) {
  const rows = await db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "queued"), lt(emails.createdAt, params.createdBefore)))
    .orderBy(asc(emails.createdAt))
    .limit(params.limit);
  return rows.map((row) => row.id);
}
