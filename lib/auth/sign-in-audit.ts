import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { withActor, type Context } from "@/lib/context";
import { giveBack, takeLimit, type Refusal, type Taken } from "@/lib/rate-limit";
import type { SessionClaims } from "./credentials";
import { signInLimits } from "./sign-in-limits";
import { userActor } from "./user-actor";
import { openSession } from "./user-sessions";

/**
 * Counts a sign-in attempt against the limits before its password is checked, atomically, so no
 * number of parallel attempts gets more than the limit through to the check.
 */
export async function takeSignInAttempt(
  ctx: Context,
  input: { email: string },
  now = new Date(),
): Promise<Taken | Refusal> {
  return takeLimit(await getDb(), signInLimits(input.email, ctx.ip), now);
}

/** The limits count failures only: a right password gives its attempt back. */
export async function giveBackSignInAttempt(taken: Taken): Promise<void> {
  await giveBack(await getDb(), taken);
}

/** A failed sign-in (already counted by takeSignInAttempt) is audited, as the visitor who typed the e-mail. */
export async function recordSignInFailure(ctx: Context, input: { email: string }): Promise<void> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const user = await findUserByEmail(db, { email });
  await writeAudit(db, withActor(ctx, { kind: "anonymous", email }), {
    action: "auth.sign_in_failed",
    entityType: "user",
    entityId: user?.id ?? null,
  });
}

/**
 * A successful sign-in, whichever way it came: its own session row, the last login time and the
 * audit row, in one transaction. Returns the session's id for the token.
 */
export async function recordSignInSuccess(
  ctx: Context,
  input: { claims: SessionClaims; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const { claims } = input;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const sessionId = await openSession(tx, { userId: claims.userId, ip: ctx.ip, userAgent: input.userAgent }, now);
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, claims.userId));
    await writeAudit(tx, withActor(ctx, userActor({ ...claims, id: claims.userId })), {
      action: "auth.sign_in",
      // The entity is the session this sign-in opened; its sign-out names the same one.
      entityType: "user_session",
      entityId: sessionId,
    });
    return sessionId;
  });
}
