import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { giveBack, takeLimit, type Refusal, type Taken } from "@/lib/rate-limit";
import { signInLimits } from "./sign-in-limits";
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
