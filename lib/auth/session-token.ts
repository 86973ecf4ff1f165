import "server-only";
import type { DbOrTx } from "@/db";
import { logger } from "@/lib/logger";
import { currentRequestId } from "./auth-logger";
import { checkSession } from "./credentials";

/** What our session token carries besides Auth.js's own fields. */
export type TokenClaims = {
  uid?: string;
  role?: "customer" | "admin";
  customerId?: string | null;
  /** Session version of the user when the token was issued. */
  sv?: number;
  /** The user_sessions row of this sign-in. */
  sid?: string;
  /** Set for this request only: the database could not confirm the session. */
  unavailable?: boolean;
};

/**
 * The session token on each request: fresh claims while the session is open, null once it has ended,
 * or the same token marked `unavailable` when the database cannot say. An outage must not end a
 * session (null would), nor let an ended one in: `currentUser()` refuses an unavailable token.
 */
export async function refreshSessionToken<T extends TokenClaims>(
  token: T,
  openDb: () => Promise<DbOrTx>,
): Promise<T | null> {
  // A mark written into the cookie by an earlier request means nothing now.
  const claims: T = { ...token };
  delete claims.unavailable;
  if (!claims.uid || claims.sv === undefined || !claims.sid) return null;
  let current;
  try {
    current = await checkSession(await openDb(), {
      userId: claims.uid,
      sessionVersion: claims.sv,
      sessionId: claims.sid,
    });
  } catch (error) {
    logger.error(
      { err: error, userId: claims.uid, requestId: await currentRequestId() },
      "session check failed: database unavailable",
    );
    return { ...claims, unavailable: true };
  }
  if (!current) return null;
  return { ...claims, name: current.name, email: current.email, role: current.role, customerId: current.customerId };
}
