import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getPasswordHash } from "@/db/queries/users";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/user-sessions";
import type { UserContext } from "@/lib/context";
import { accountError } from "./messages";

/**
 * Changes a signed-in user's password after checking the current one (WRONG_CURRENT_PASSWORD on
 * its field otherwise). Every session of the user ends, this one included (the caller signs the
 * user in again here), and every open reset link is spent.
 */
export async function changePassword(
  ctx: UserContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const userId = ctx.actor.id;
  const db = await getDb();
  const currentHash = await getPasswordHash(db, { userId });
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    throw accountError("WRONG_CURRENT_PASSWORD", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await endAllSessions(tx, userId);
    await writeAudit(tx, ctx, { action: "auth.password_changed", entityType: "user", entityId: userId });
  });
}
