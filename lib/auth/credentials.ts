import "server-only";
import type { DbOrTx } from "@/db";
import { getOpenSession } from "@/db/queries/user-sessions";
import { getUserCredentials } from "@/db/queries/users";
import type { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { touchSession } from "./user-sessions";

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
  const user = await getUserCredentials(db, { email: input.email });
  if (!user) {
    dummyHash ??= hashPassword("cardak-dummy-password-for-timing");
    await verifyPassword(await dummyHash, input.password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: "invalid" };
  if (user.disabled) return { ok: false, reason: "disabled" };
  return { ok: true, claims: toClaims(user) };
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
  const row = await getOpenSession(db, { sessionId: token.sessionId, userId: token.userId });
  if (!row || row.user.disabled || row.user.sessionVersion !== token.sessionVersion) return null;
  await touchSession(db, { id: token.sessionId, lastSeenAt: row.lastSeenAt }, now);
  return toClaims(row.user);
}
