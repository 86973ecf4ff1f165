import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getPasswordHash } from "@/db/queries/users";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/user-sessions";
import type { UserContext } from "@/lib/context";
import { giveBack, takeLimit, tooManyAttemptsMessage, type Limit } from "@/lib/rate-limit";
import { accountError } from "./messages";

/**
 * Wrong current passwords a user may try: 10 in 15 minutes, as sign-in allows per address. A session
 * (a shared computer, a stolen cookie) must not be a way to guess the password that sign-in guards.
 */
const passwordCheckLimit = (userId: string): Limit => ({
  bucket: "password-change:user",
  key: userId,
  max: 10,
  windowMs: 15 * 60_000,
});

/**
 * Changes a signed-in user's password after checking the current one (WRONG_CURRENT_PASSWORD on
 * its field otherwise; TOO_MANY_ATTEMPTS there after 10 wrong ones in 15 minutes). Every session of
 * the user ends, this one included (the caller signs the user in again here), and every open reset
 * link is spent.
 */
export async function changePassword(
  ctx: UserContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const userId = ctx.actor.id;
  const db = await getDb();
  const taken = await takeLimit(db, [passwordCheckLimit(userId)]);
  if (taken.limited) {
    throw accountError("TOO_MANY_ATTEMPTS", { field: "currentPassword", message: tooManyAttemptsMessage(taken) });
  }
  const currentHash = await getPasswordHash(db, { userId });
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    throw accountError("WRONG_CURRENT_PASSWORD", { field: "currentPassword" });
  }
  // A right password does not count against the next ten.
  await giveBack(db, taken);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await endAllSessions(tx, userId);
    await writeAudit(tx, ctx, { action: "auth.password_changed", entityType: "user", entityId: userId });
  });
}
