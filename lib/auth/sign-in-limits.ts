import { addressLimitKey } from "@/lib/client-address";
import type { Limit } from "@/lib/rate-limit";

const MINUTE = 60_000;

const normalEmail = (email: string) => email.trim().toLowerCase();

/**
 * Sign-in attempts that fail: 10 per e-mail and address in 15 minutes, 100 per address in a day,
 * and 50 per e-mail in an hour from all addresses together, so a password cannot be guessed from
 * many addresses at once either.
 */
export function signInLimits(email: string, ip: string | null): Limit[] {
  const address = addressLimitKey(ip);
  return [
    { bucket: "sign-in:email-ip", key: `${normalEmail(email)}|${address}`, max: 10, windowMs: 15 * MINUTE },
    { bucket: "sign-in:ip", key: address, max: 100, windowMs: 24 * 60 * MINUTE },
    { bucket: "sign-in:email", key: normalEmail(email), max: 50, windowMs: 60 * MINUTE },
  ];
}

/** 5 password reset requests per e-mail in an hour (and the same daily cap per address). */
export function resetRequestLimits(email: string, ip: string | null): Limit[] {
  return [
    { bucket: "reset:email", key: normalEmail(email), max: 5, windowMs: 60 * MINUTE },
    { bucket: "reset:ip", key: addressLimitKey(ip), max: 100, windowMs: 24 * 60 * MINUTE },
  ];
}
