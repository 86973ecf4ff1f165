import "server-only";
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { passwordResetTokens, userSessions, users } from "@/db/schema";

/** How long a session token lives (Auth.js's maxAge) and how long an unused session stays listed. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** "Last seen" is written at most this often per session, so a page view costs no write. */
export const LAST_SEEN_INTERVAL_MS = 5 * 60_000;

const USER_AGENT_MAX = 512;

/** The row of a new sign-in; its id goes into the session token. Dead rows of the user go at the same time. */
export async function openSession(
  tx: DbOrTx,
  input: { userId: string; ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const expired = new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000);
  await tx
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, input.userId),
        or(isNotNull(userSessions.revokedAt), lt(userSessions.lastSeenAt, expired)),
      ),
    );
  const [row] = await tx
    .insert(userSessions)
    .values({
      userId: input.userId,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      createdAt: now,
      lastSeenAt: now,
    })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Ends one session of a user; false when it was not theirs or had already ended. */
export async function revokeSession(
  tx: DbOrTx,
  input: { userId: string; sessionId: string },
  now = new Date(),
): Promise<boolean> {
  const revoked = await tx
    .update(userSessions)
    .set({ revokedAt: now })
    .where(
      and(eq(userSessions.id, input.sessionId), eq(userSessions.userId, input.userId), isNull(userSessions.revokedAt)),
    )
    .returning({ id: userSessions.id });
  return revoked.length > 0;
}

/**
 * Ends every session of a user (password change or reset, "Tüm oturumları kapat", disabling) and
 * spends every open password reset link, so an older link cannot undo the change. Run it inside the
 * transaction of the change.
 */
export async function endAllSessions(tx: DbOrTx, userId: string, now = new Date()): Promise<void> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  await tx
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

/** Records that a session was used, unless that was recorded less than LAST_SEEN_INTERVAL_MS ago. */
export async function touchSession(
  db: DbOrTx,
  session: { id: string; lastSeenAt: Date },
  now = new Date(),
): Promise<void> {
  const due = new Date(now.getTime() - LAST_SEEN_INTERVAL_MS);
  if (session.lastSeenAt > due) return;
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(userSessions.id, session.id), lt(userSessions.lastSeenAt, due)));
}
