import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { findUserByEmail, userIdentity } from "@/db/queries/users";
import { passwordResetTokens, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { withActor, type Context } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { authError } from "./messages";
import { hashPassword } from "./password";
import { resetRequestLimits } from "./sign-in-limits";
import { userActor } from "./user-actor";
import { endAllSessions } from "./user-sessions";

export const RESET_TOKEN_MINUTES = 60;

/**
 * Counts a reset request against the limits: the answer the visitor sees depends on this alone, the
 * same whether or not the e-mail has an account. Throws TOO_MANY_ATTEMPTS.
 */
export async function takeResetRequest(ctx: Context, input: { email: string }, now = new Date()): Promise<void> {
  const taken = await takeLimit(await getDb(), resetRequestLimits(input.email, ctx.ip), now);
  if (taken.limited) throw authError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
}

/**
 * Sends a reset link when the e-mail belongs to an enabled user. This is the part that differs
 * between known and unknown e-mails: the action runs it after the response, so the response time
 * does not tell whether an account exists.
 */
export async function sendResetLink(ctx: Context, input: { email: string }, now = new Date()): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const user = await findUserByEmail(await getDb(), { email });
  if (!user || user.disabled) return;

  const token = randomToken(32);
  await transactionWithEmails(async (tx, queue) => {
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000),
    });
    await queue({
      to: user.email,
      template: "password-reset",
      data: {
        name: user.name,
        resetUrl: new URL(`/sifre-sifirla/${token}`, env().APP_URL).toString(),
        expiresInMinutes: RESET_TOKEN_MINUTES,
      },
    });
    await writeAudit(tx, withActor(ctx, { kind: "anonymous", email }), {
      action: "auth.reset_requested",
      entityType: "user",
      entityId: user.id,
    });
  });
}

/**
 * Sets a new password with a reset token: single use (the token is consumed by a conditional update,
 * so two submissions cannot both succeed), 60 minutes, and every session of the user ends. Throws
 * RESET_LINK_INVALID; returns the user's e-mail.
 */
export async function resetPassword(
  ctx: Context,
  input: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const reset = await db.transaction(async (tx) => {
    const [consumed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, sha256Hex(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!consumed) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, consumed.userId), eq(users.disabled, false)))
      .returning(userIdentity);
    if (!user) return null;
    // Other links sent before this reset are spent too.
    await endAllSessions(tx, user.id, now);
    await writeAudit(tx, withActor(ctx, userActor(user)), {
      action: "auth.reset_done",
      entityType: "user",
      entityId: user.id,
    });
    return { email: user.email };
  });
  if (!reset) throw authError("RESET_LINK_INVALID");
  return reset;
}
