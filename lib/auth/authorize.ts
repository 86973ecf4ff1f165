import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { clientIp } from "@/lib/request";
import { text } from "@/lib/text";
import { verifyCredentials, type SessionClaims } from "./credentials";
import { recordSignInFailure, signInThrottle } from "./sign-in-audit";

const credentialsInput = z.object({
  email: text().min(1).max(320),
  password: text({ trim: false }).min(1).max(1024),
});

/**
 * The credentials check behind every sign-in, whichever way it arrives (the /giris action or a direct
 * POST to Auth.js's callback): throttled per e-mail+IP and per IP, and every failure counted and audited.
 */
export async function authorizeSignIn(raw: unknown, headers: Headers): Promise<SessionClaims | null> {
  const input = credentialsInput.safeParse(raw);
  if (!input.success) return null;
  const attempt = { email: input.data.email, ip: clientIp(headers), requestId: headers.get("x-request-id") ?? "-" };
  if ((await signInThrottle(attempt)).limited) return null;
  const claims = await verifyCredentials(await getDb(), input.data);
  if (!claims) await recordSignInFailure(attempt);
  return claims;
}
