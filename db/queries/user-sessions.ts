import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/user-sessions";
import type { DbOrTx } from "../index";
import { userSessions, users } from "../schema";
import { userIdentity } from "./users";

/** A user's open sessions, most recently used first (a session unused for the token's lifetime is over). */
export async function listOpenSessions(db: DbOrTx, params: { userId: string; now?: Date }) {
  const since = new Date((params.now ?? new Date()).getTime() - SESSION_MAX_AGE_SECONDS * 1000);
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(
      and(eq(userSessions.userId, params.userId), isNull(userSessions.revokedAt), gt(userSessions.lastSeenAt, since)),
    )
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(50);
}

/** One not-ended session of a user, with what its token's claims are refreshed from. */
export async function getOpenSession(db: DbOrTx, params: { sessionId: string; userId: string }) {
  const [row] = await db
    .select({
      user: { ...userIdentity, sessionVersion: users.sessionVersion, disabled: users.disabled },
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, params.sessionId),
        eq(userSessions.userId, params.userId),
        isNull(userSessions.revokedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}
