import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { revokeInvitationsSentBy } from "@/db/queries/invitations";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { AdminContext, UserContext } from "@/lib/context";
import { authError } from "./messages";
import { hashPassword } from "./password";
import { endAllSessions } from "./user-sessions";

/** A new operations user. Throws EMAIL_TAKEN (on the e-mail field) when the address has an account. */
export async function createAdmin(
  ctx: AdminContext,
  input: { name: string; email: string; password: string },
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email.trim().toLowerCase(), passwordHash, role: "admin" })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      if (!created) throw new Error("User was not created");
      await writeAudit(tx, ctx, {
        action: "user.created",
        entityType: "user",
        entityId: created.id,
        after: { email: created.email, name: created.name, role: created.role },
      });
      return { id: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_unique")) throw authError("EMAIL_TAKEN", { field: "email" });
    throw error;
  }
}

/**
 * Disables (or enables again) a user; disabling ends all of their sessions and revokes the invitations
 * they sent. Never one's own account.
 * Throws USER_UNCHANGED when there is no such user or it already is in that state.
 */
export async function setUserDisabled(ctx: AdminContext, input: { userId: string; disabled: boolean }): Promise<void> {
  if (input.userId === ctx.actor.id) throw authError("CANNOT_DISABLE_SELF");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ disabled: input.disabled, disabledAt: input.disabled ? new Date() : null })
      .where(and(eq(users.id, input.userId), eq(users.disabled, !input.disabled)))
      .returning({ id: users.id, email: users.email });
    if (!changed) throw authError("USER_UNCHANGED");
    if (!input.disabled) {
      await writeAudit(tx, ctx, {
        action: "user.enabled",
        entityType: "user",
        entityId: changed.id,
        before: { disabled: true },
        after: { disabled: false },
      });
      return;
    }
    await endAllSessions(tx, changed.id);
    // The invitations the user sent must not bring them (or anyone) back in; enabled again, they stay revoked.
    const invitationsRevoked = await revokeInvitationsSentBy(tx, { userId: changed.id });
    await writeAudit(tx, ctx, {
      action: "user.disabled",
      entityType: "user",
      entityId: changed.id,
      before: { disabled: false },
      after: { disabled: true, invitationsRevoked },
    });
  });
}

/** "Tüm oturumları kapat": every session of the user ends at its next request; open reset links are spent. */
export async function signOutEverywhere(ctx: UserContext): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await endAllSessions(tx, ctx.actor.id);
    await writeAudit(tx, ctx, {
      action: "auth.sign_out_everywhere",
      entityType: "user",
      entityId: ctx.actor.id,
    });
  });
}
