import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { userSessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { touchSession } from "./user-sessions";
import { userEmailIs } from "@/db/queries/user-email";

export type SessionClaims = {
  userId: string;
  email: string;
  name: string;
  role: "customer" | "admin";
  customerId: string | null;
  sessionVersion: number;
};

let dummyHash: Promise<string> | undefined;

export type CredentialsResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "disabled" };

/**
 * Checks an e-mail and password. An unknown e-mail still costs one argon2 verification (against a
 * dummy hash) so the response time does not tell which e-mails have accounts. "disabled" comes only
 * after the right password: a wrong one gets "invalid" whoever the user is.
 */
export async function checkCredentials(
  db: DbOrTx,
  input: { email: string; password: string },
): Promise<CredentialsResult> {
  const [user] = await db.select().from(users).where(userEmailIs(input.email)).limit(1);
  if (!user) {
    dummyHash ??= hashPassword("cardak-dummy-password-for-timing");
    await verifyPassword(await dummyHash, input.password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: "invalid" };
  if (user.disabled) return { ok: false, reason: "disabled" };
  return { ok: true, claims: toClaims(user) };
}

/** The claims of an enabled user with this e-mail and password, or null. */
export async function verifyCredentials(
  db: DbOrTx,
  input: { email: string; password: string },
): Promise<SessionClaims | null> {
  const result = await checkCredentials(db, input);
  return result.ok ? result.claims : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toClaims(
  user: Pick<typeof users.$inferSelect, "id" | "email" | "name" | "role" | "customerId" | "sessionVersion">,
): SessionClaims {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    customerId: user.customerId,
    sessionVersion: user.sessionVersion,
  };
}

/**
 * What a session token is still worth: fresh claims while its session row is open, the user exists,
 * is enabled and the token's session version is current; null ends the session (signed out, ended
 * from the session list, disabled, password changed or reset, "Tüm oturumları kapat"). A database
 * error is thrown, never taken for "ended". Marks the session as seen, at most every few minutes.
 */
export async function checkSession(
  db: DbOrTx,
  token: { userId: string; sessionVersion: number; sessionId: string },
  now = new Date(),
): Promise<SessionClaims | null> {
  if (!UUID.test(token.sessionId)) return null;
  const [row] = await db
    .select({
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        customerId: users.customerId,
        sessionVersion: users.sessionVersion,
        disabled: users.disabled,
      },
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(eq(userSessions.id, token.sessionId), eq(userSessions.userId, token.userId), isNull(userSessions.revokedAt)),
    )
    .limit(1);
  if (!row || row.user.disabled || row.user.sessionVersion !== token.sessionVersion) return null;
  await touchSession(db, { id: token.sessionId, lastSeenAt: row.lastSeenAt }, now);
  return toClaims(row.user);
}
