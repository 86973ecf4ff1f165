import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/user-sessions";
import type { AccountActor } from "./types";

/**
 * Changes a signed-in user's password after checking the current one. Every session of the user
 * ends, this one included (the caller signs the user in again here), and every open reset link is
 * spent.
 */
export async function changePassword(
  input: { currentPassword: string; newPassword: string } & AccountActor,
): Promise<boolean> {
  const db = await getDb();
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.actor.id))
    .limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) return false;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, input.actor.id));
    await endAllSessions(tx, input.actor.id);
    await writeAudit(tx, {
      actor: { kind: "user", userId: input.actor.id, email: input.actor.email },
      action: "auth.password_changed",
      entityType: "user",
      entityId: input.actor.id,
      ip: input.ip,
      requestId: input.requestId,
    });
  });
  return true;
}
