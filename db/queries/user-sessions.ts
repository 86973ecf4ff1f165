import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { userSessions } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/user-sessions";

/** A user's open sessions, most recently used first (a session unused for the token's lifetime is over). */
export async function listOpenSessions(params: { userId: string; now?: Date }) {
  const db = await getDb();
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
