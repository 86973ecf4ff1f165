import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
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

/**
 * The user for an e-mail and password, or null. An unknown e-mail still costs one argon2 verification
 * (against a dummy hash) so the response time does not tell which e-mails have accounts; a disabled
 * user is refused after the same work.
 */
export async function verifyCredentials(
  db: DbOrTx,
  input: { email: string; password: string },
): Promise<SessionClaims | null> {
  const [user] = await db.select().from(users).where(userEmailIs(input.email)).limit(1);
  if (!user) {
    dummyHash ??= hashPassword("cardak-dummy-password-for-timing");
    await verifyPassword(await dummyHash, input.password);
    return null;
  }
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid || user.disabled) return null;
  return toClaims(user);
}

export function toClaims(user: typeof users.$inferSelect): SessionClaims {
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
 * What a session token is still worth: fresh claims while the user exists, is enabled and the
 * token's session version is current; null ends the session (disabled, password reset, sign-out
 * everywhere).
 */
export async function checkSession(
  db: DbOrTx,
  token: { userId: string; sessionVersion: number },
): Promise<SessionClaims | null> {
  const [user] = await db.select().from(users).where(eq(users.id, token.userId)).limit(1);
  if (!user || user.disabled || user.sessionVersion !== token.sessionVersion) return null;
  return toClaims(user);
}
