import { count, desc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { emails } from "../schema";

export class EmailNotFoundError extends Error {
  readonly code = "EMAIL_NOT_FOUND" as const;
}

export const EMAIL_PAGE_SIZE = 50;

export async function listEmails(params: { page: number }) {
  const db = await getDb();
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
  return { rows, total: total?.value ?? 0 };
}

export async function getEmailOrThrow(params: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(emails).where(eq(emails.id, params.id)).limit(1);
  if (!row) throw new EmailNotFoundError();
  return row;
}
