import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db";
import { tooManyAttemptsMessage, type Refusal } from "@/lib/rate-limit";
import { requestContextFor } from "@/lib/request";
import { text } from "@/lib/text";
import { checkCredentials, type SessionClaims } from "./credentials";
import { ACCOUNT_DISABLED_CODE, authError, RATE_LIMITED_CODE } from "./messages";
import { giveBackSignInAttempt, recordSignInFailure, recordSignInSuccess, takeSignInAttempt } from "./sign-in-audit";

const credentialsInput = z.object({
  email: text().min(1).max(320),
  password: text({ trim: false }).min(1).max(1024),
});

/** The right password of a disabled account: the sign-in page says so (never for a wrong password). */
export class AccountDisabledError extends CredentialsSignin {
  code = ACCOUNT_DISABLED_CODE;
}

/**
 * Too many attempts: thrown out of Auth.js as it is, so the sign-in form can say how long to wait
 * (and Auth.js's own endpoint answers `code=rate_limited`).
 */
export class SignInLimitedError extends CredentialsSignin {
  code = RATE_LIMITED_CODE;
  constructor(readonly refusal: Refusal) {
    super();
  }
}

/**
 * The credentials check behind every sign-in, whichever way it arrives (the /giris action, the
 * sign-in after activation or a password change, or a direct POST to Auth.js's callback): every
 * attempt is counted before the password is checked (per e-mail and address, per address, per
 * e-mail), a right password gives its count back, every failure is audited, and every success gets
 * its own session row, the last login time and an audit row.
 */
export async function authorizeSignIn(
  raw: unknown,
  headers: Headers,
): Promise<(SessionClaims & { sessionId: string }) | null> {
  const input = credentialsInput.safeParse(raw);
  if (!input.success) return null;
  const ctx = requestContextFor("signIn", headers);
  const taken = await takeSignInAttempt(ctx, { email: input.data.email });
  if (taken.limited) throw new SignInLimitedError(taken);
  const result = await checkCredentials(await getDb(), input.data);
  if (!result.ok) {
    await recordSignInFailure(ctx, { email: input.data.email });
    if (result.reason === "disabled") throw new AccountDisabledError();
    return null;
  }
  await giveBackSignInAttempt(taken);
  const { claims } = result;
  const sessionId = await recordSignInSuccess(ctx, { claims, userAgent: headers.get("user-agent") });
  return { ...claims, sessionId };
}

/** A sign-in Auth.js refused, as the refusal the form shows; anything else is returned as it is. */
export function signInRefusal(error: unknown): unknown {
  if (error instanceof SignInLimitedError) {
    return authError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(error.refusal) });
  }
  if (error instanceof CredentialsSignin) {
    return authError(error.code === ACCOUNT_DISABLED_CODE ? "ACCOUNT_DISABLED" : "SIGN_IN_FAILED");
  }
  return error;
}
