import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/**
 * The onboarding session's resume token lives in this cookie (httpOnly, so scripts never read it;
 * SameSite=Lax, so another site cannot post steps with it) and in the e-mailed resume link.
 */
export const ONBOARDING_COOKIE = "cardak_basla";
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function readOnboardingToken(): Promise<string | null> {
  const value = (await cookies()).get(ONBOARDING_COOKIE)?.value;
  return value && value.length <= 200 ? value : null;
}

export function onboardingCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: new URL(env().APP_URL).protocol === "https:",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  };
}

/** Only in server actions and route handlers: pages cannot set cookies. */
export async function writeOnboardingToken(token: string): Promise<void> {
  (await cookies()).set(ONBOARDING_COOKIE, token, onboardingCookieOptions());
}

export async function clearOnboardingToken(): Promise<void> {
  (await cookies()).delete(ONBOARDING_COOKIE);
}
