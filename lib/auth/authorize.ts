import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db";
import type { Refusal } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { text } from "@/lib/text";
import { verifyCredentials, type SessionClaims } from "./credentials";
import { giveBackSignInAttempt, recordSignInFailure, takeSignInAttempt } from "./sign-in-audit";

const credentialsInput = z.object({
  email: text().min(1).max(320),
  password: text({ trim: false }).min(1).max(1024),
});

/**
 * Too many attempts: thrown out of Auth.js as it is, so the sign-in form can say how long to wait
 * (and Auth.js's own endpoint answers `code=rate_limited`).
 */
export class SignInLimitedError extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly refusal: Refusal) {
    super();
  }
}

/**
 * The credentials check behind every sign-in, whichever way it arrives (the /giris action or a direct
 * POST to Auth.js's callback): every attempt is counted before the password is checked (per e-mail
 * and address, per address, per e-mail), a right password gives its count back, failures are audited.
 */
export async function authorizeSignIn(raw: unknown, headers: Headers): Promise<SessionClaims | null> {
  const input = credentialsInput.safeParse(raw);
  if (!input.success) return null;
  const attempt = { email: input.data.email, ip: clientIp(headers), requestId: headers.get("x-request-id") ?? "-" };
  const taken = await takeSignInAttempt(attempt);
  if (taken.limited) throw new SignInLimitedError(taken);
  const claims = await verifyCredentials(await getDb(), input.data);
  if (claims) await giveBackSignInAttempt(taken);
  else await recordSignInFailure(attempt);
  return claims;
}
