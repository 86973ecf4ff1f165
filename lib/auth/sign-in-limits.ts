import type { Limit } from "@/lib/rate-limit";

const MINUTE = 60_000;

/** 10 failed sign-ins per e-mail and IP in 15 minutes, 100 per IP in a day. */
export function signInLimits(email: string, ip: string): Limit[] {
  return [
    { bucket: "sign-in:email-ip", key: `${email.trim().toLowerCase()}|${ip}`, max: 10, windowMs: 15 * MINUTE },
    { bucket: "sign-in:ip", key: ip, max: 100, windowMs: 24 * 60 * MINUTE },
  ];
}

/** 5 password reset requests per e-mail in an hour (and the same daily cap per IP). */
export function resetRequestLimits(email: string, ip: string): Limit[] {
  return [
    { bucket: "reset:email", key: email.trim().toLowerCase(), max: 5, windowMs: 60 * MINUTE },
    { bucket: "reset:ip", key: ip, max: 100, windowMs: 24 * 60 * MINUTE },
  ];
}
