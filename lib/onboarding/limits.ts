import { addressLimitKey } from "@/lib/client-address";
import type { Limit } from "@/lib/rate-limit";

const HOUR = 60 * 60_000;

/**
 * Every step 1 submission answers whether its e-mail and tax number already have an account: 20 such
 * answers an hour per address and 10 per session (whatever addresses it is sent from), so the form
 * cannot list our customers. Opening a session also e-mails a resume link: 5 an hour per recipient.
 */
export function companyStepLimits(params: {
  email: string;
  ip: string | null;
  /** SHA-256 of the session's resume token (a new session's, when this submission opens one). */
  sessionKey: string;
  opening: boolean;
}): Limit[] {
  const limits: Limit[] = [
    { bucket: "onboarding:lookup-ip", key: addressLimitKey(params.ip), max: 20, windowMs: HOUR },
    { bucket: "onboarding:lookup-session", key: params.sessionKey, max: 10, windowMs: HOUR },
  ];
  if (params.opening) {
    limits.push({ bucket: "onboarding:email", key: params.email.trim().toLowerCase(), max: 5, windowMs: HOUR });
  }
  return limits;
}

/** Every "Bağlantıyı test et" is an outgoing call to a shop: 60 an hour from one address. */
export function connectionTestLimits(ip: string | null): Limit[] {
  return [{ bucket: "onboarding:connection-test", key: addressLimitKey(ip), max: 60, windowMs: HOUR }];
}
