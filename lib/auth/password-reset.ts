import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { passwordResetTokens, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, type LimitState } from "@/lib/rate-limit";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { hashPassword } from "./password";
import { resetRequestLimits } from "./sign-in-limits";
import { userEmailIs } from "@/db/queries/user-email";

export const RESET_TOKEN_MINUTES = 60;

type RequestInfo = { ip: string; requestId: string };

/**
 * Sends a reset link when the e-mail belongs to an enabled user. The caller answers the same either
 * way; only the throttle is visible.
 */
export async function requestPasswordReset(
  input: { email: string } & RequestInfo,
  now = new Date(),
): Promise<LimitState> {
  const state = await takeResetRequest(input, now);
  if (!state.limited) await sendResetLink(input, now);
  return state;
}

/** Counts a reset request against the limits; the answer the visitor sees depends on this alone. */
export async function takeResetRequest(input: { email: string; ip: string }, now = new Date()): Promise<LimitState> {
  return takeLimit(await getDb(), resetRequestLimits(input.email, input.ip), now);
}

/**
 * The part that differs between known and unknown e-mails; the action runs it after the response so
 * the response time does not tell whether an account exists.
 */
export async function sendResetLink(input: { email: string } & RequestInfo, now = new Date()): Promise<void> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, disabled: users.disabled })
    .from(users)
    .where(userEmailIs(email))
    .limit(1);
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
    await writeAudit(tx, {
      actor: { kind: "anonymous", email },
      action: "auth.reset_requested",
      entityType: "user",
      entityId: user.id,
      ip: input.ip,
      requestId: input.requestId,
    });
  });
}

/** Whether a reset link can still be used (for the page; the reset itself checks again atomically). */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, sha256Hex(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

/**
 * Sets a new password with a reset token: single use (the token is consumed by a conditional update,
 * so two submissions cannot both succeed), 60 minutes, and every session of the user ends.
 */
export async function resetPassword(
  input: { token: string; password: string } & RequestInfo,
  now = new Date(),
): Promise<{ ok: true; email: string } | { ok: false }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
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
    if (!consumed) return { ok: false as const };
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, consumed.userId), eq(users.disabled, false)))
      .returning({ id: users.id, email: users.email });
    if (!user) return { ok: false as const };
    // Other links sent before this reset are spent too.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await writeAudit(tx, {
      actor: { kind: "user", userId: user.id, email: user.email },
      action: "auth.reset_done",
      entityType: "user",
      entityId: user.id,
      ip: input.ip,
      requestId: input.requestId,
    });
    return { ok: true as const, email: user.email };
  });
}
