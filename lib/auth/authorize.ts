import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db";
import { clientIp } from "@/lib/request";
import { checkCredentials, type SessionClaims } from "./credentials";
import { recordSignInFailure, recordSignInSuccess, signInThrottle } from "./sign-in-audit";
import { ACCOUNT_DISABLED_CODE } from "./sign-in-messages";

const credentialsInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

/** The right password of a disabled account: the sign-in page says so (never for a wrong password). */
export class AccountDisabledError extends CredentialsSignin {
  code = ACCOUNT_DISABLED_CODE;
}

/**
 * The credentials check behind every sign-in, whichever way it arrives (the /giris action, the
 * sign-in after activation or a password change, or a direct POST to Auth.js's callback): throttled
 * per e-mail+IP and per IP, every failure counted and audited, every success given its own session
 * row, the last login time and an audit row.
 */
export async function authorizeSignIn(
  raw: unknown,
  headers: Headers,
): Promise<(SessionClaims & { sessionId: string }) | null> {
  const input = credentialsInput.safeParse(raw);
  if (!input.success) return null;
  const attempt = { email: input.data.email, ip: clientIp(headers), requestId: headers.get("x-request-id") ?? "-" };
  if ((await signInThrottle(attempt)).limited) return null;
  const result = await checkCredentials(await getDb(), input.data);
  if (!result.ok) {
    await recordSignInFailure(attempt);
    if (result.reason === "disabled") throw new AccountDisabledError();
    return null;
  }
  const { claims } = result;
  const sessionId = await recordSignInSuccess({
    ...attempt,
    userId: claims.userId,
    email: claims.email,
    userAgent: headers.get("user-agent"),
  });
  return { ...claims, sessionId };
}
