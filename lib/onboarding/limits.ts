import type { Limit } from "@/lib/rate-limit";

const HOUR = 60 * 60_000;

/**
 * A new session e-mails a resume link and answers whether an e-mail has an account: capped so the
 * form can be used neither to send mail to strangers nor to list our customers' addresses.
 */
export function newSessionLimits(email: string, ip: string): Limit[] {
  return [
    { bucket: "onboarding:email", key: email.trim().toLowerCase(), max: 5, windowMs: HOUR },
    { bucket: "onboarding:ip", key: ip, max: 30, windowMs: HOUR },
  ];
}

/** Every "Bağlantıyı test et" is an outgoing call to a shop: 60 an hour from one address. */
export function connectionTestLimits(ip: string): Limit[] {
  return [{ bucket: "onboarding:connection-test", key: ip, max: 60, windowMs: HOUR }];
}
