import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { checkLimits, recordHit, type LimitState } from "@/lib/rate-limit";
import { signInLimits } from "./sign-in-limits";
import { openSession } from "./user-sessions";
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

/**
 * A successful sign-in, whichever way it came: its own session row, the last login time and the
 * audit row, in one transaction. Returns the session's id for the token.
 */
export async function recordSignInSuccess(
  attempt: Attempt & { userId: string; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const sessionId = await openSession(
      tx,
      { userId: attempt.userId, ip: attempt.ip, userAgent: attempt.userAgent },
      now,
    );
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, attempt.userId));
    await writeAudit(tx, {
      actor: { kind: "user", userId: attempt.userId, email: attempt.email },
      action: "auth.sign_in",
      // The entity is the session this sign-in opened; its sign-out names the same one.
      entityType: "user_session",
      entityId: sessionId,
      ip: attempt.ip,
      requestId: attempt.requestId,
    });
    return sessionId;
  });
}
