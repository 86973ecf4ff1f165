import type { DbOrTx } from "@/db";
import { checkCredentials, type SessionClaims } from "@/lib/auth/credentials";

/** Whether this e-mail and password would sign in now: the user's claims, or null. */
export async function verifyCredentials(
  db: DbOrTx,
  input: { email: string; password: string },
): Promise<SessionClaims | null> {
  const result = await checkCredentials(db, input);
  return result.ok ? result.claims : null;
}
