import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { getEmail } from "@/db/queries/emails";
import { emails } from "@/db/schema";
import { isTemplateName, sensitiveFields } from "@/emails";
import { assertAdmin } from "@/lib/admin-guard";
import { writeAudit } from "@/lib/audit";
import type { AdminContext } from "@/lib/context";
import { dispatchEmails, requeueAfter } from "@/lib/email";
import { emailLogError } from "./messages";

/**
 * `Yeniden gönder` on a failed e-mail: the row goes back to `queued` with its attempts reset and is
 * handed to the sender (Inngest, or delivered right away without it), with an audit row. An e-mail
 * whose link was a secret (password reset, offer, invitation, resume link) cannot be: the link was
 * removed from the row when it failed, and a new one is the user's to ask for. Nor can one whose
 * recipient's data was erased (KVKK): its content is gone.
 */
export async function resendEmail(ctx: AdminContext, input: { emailId: string }): Promise<{ recipient: string }> {
  assertAdmin(ctx);
  const db = await getDb();
  const row = await getEmail(db, { emailId: input.emailId });
  if (!row) throw emailLogError("EMAIL_NOT_FOUND");
  if (row.status !== "failed") throw emailLogError("EMAIL_NOT_FAILED");
  if (row.erasedAt) throw emailLogError("EMAIL_ERASED");
  if (!isTemplateName(row.template)) throw emailLogError("EMAIL_TEMPLATE_UNKNOWN");
  if (sensitiveFields(row.template).length > 0) throw emailLogError("EMAIL_HAS_SECRET_LINK");
  await db.transaction(async (tx) => {
    // Conditional on `failed`: two admins pressing at once queue it once.
    const [updated] = await tx
      .update(emails)
      // Queued anew: its day to be sent, and the requeue job's wait, start now.
      .set({
        status: "queued",
        attempts: 0,
        lastError: null,
        queuedAt: sql`now()`,
        requeueAfter: requeueAfter(1),
      })
      .where(and(eq(emails.id, row.id), eq(emails.status, "failed")))
      .returning({ id: emails.id });
    if (!updated) throw emailLogError("EMAIL_NOT_FAILED");
    await writeAudit(tx, ctx, {
      action: "email.resent",
      entityType: "email",
      entityId: row.id,
      before: { status: "failed", attempts: row.attempts, lastError: row.lastError },
      after: { status: "queued" },
    });
  });
  await dispatchEmails([row.id], { ctx });
  return { recipient: row.recipient };
}
