import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { checkLimits, recordHit, type LimitState } from "@/lib/rate-limit";
import { signInLimits } from "./sign-in-limits";
import { userEmailIs } from "@/db/queries/user-email";

type Attempt = { email: string; ip: string; requestId: string };

export async function signInThrottle(attempt: Attempt, now = new Date()): Promise<LimitState> {
  return checkLimits(await getDb(), signInLimits(attempt.email, attempt.ip), now);
}

/** A failed sign-in counts against the limits and is audited, in one transaction. */
export async function recordSignInFailure(attempt: Attempt, now = new Date()): Promise<void> {
  const db = await getDb();
  const email = attempt.email.trim().toLowerCase();
  await db.transaction(async (tx) => {
    await recordHit(tx, signInLimits(email, attempt.ip), now);
    const [user] = await tx.select({ id: users.id }).from(users).where(userEmailIs(email));
    await writeAudit(tx, {
      actor: { kind: "anonymous", email },
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      ip: attempt.ip,
      requestId: attempt.requestId,
    });
  });
}

export async function recordSignInSuccess(attempt: Attempt & { userId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, attempt.userId));
    await writeAudit(tx, {
      actor: { kind: "user", userId: attempt.userId, email: attempt.email },
      action: "auth.sign_in",
      entityType: "user",
      entityId: attempt.userId,
      ip: attempt.ip,
      requestId: attempt.requestId,
    });
  });
}
