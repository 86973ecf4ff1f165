import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { giveBack, takeLimit, type Refusal, type Taken } from "@/lib/rate-limit";
import { signInLimits } from "./sign-in-limits";
import { openSession } from "./user-sessions";
import { userEmailIs } from "@/db/queries/user-email";

type Attempt = { email: string; ip: string; requestId: string };

/**
 * Counts a sign-in attempt against the limits before its password is checked, atomically, so no
 * number of parallel attempts gets more than the limit through to the check.
 */
export async function takeSignInAttempt(attempt: Attempt, now = new Date()): Promise<Taken | Refusal> {
  return takeLimit(await getDb(), signInLimits(attempt.email, attempt.ip), now);
}

/** The limits count failures only: a right password gives its attempt back. */
export async function giveBackSignInAttempt(taken: Taken): Promise<void> {
  await giveBack(await getDb(), taken);
}

/** A failed sign-in (already counted by takeSignInAttempt) is audited. */
export async function recordSignInFailure(attempt: Attempt): Promise<void> {
  const db = await getDb();
  const email = attempt.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(userEmailIs(email));
  await writeAudit(db, {
    actor: { kind: "anonymous", email },
    action: "auth.sign_in_failed",
    entityType: "user",
    entityId: user?.id ?? null,
    ip: attempt.ip,
    requestId: attempt.requestId,
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
