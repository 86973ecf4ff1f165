import { NextResponse, type NextRequest } from "next/server";
import { findSessionByTokenHash } from "@/db/queries/onboarding";
import { ONBOARDING_COOKIE, onboardingCookieOptions } from "@/lib/onboarding/cookie";
import { sha256Hex } from "@/lib/tokens";

/**
 * The e-mailed resume link (`/basla?devam=<token>`) lands here through the page: a page cannot set
 * cookies, so this puts the token into the session cookie and sends the visitor on to their step.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const session = token && token.length <= 200 ? await findSessionByTokenHash({ tokenHash: sha256Hex(token) }) : null;
  if (!session || session.status !== "in_progress") {
    return NextResponse.redirect(new URL("/basla?baglanti=gecersiz", request.url), 303);
  }
  const response = NextResponse.redirect(new URL("/basla", request.url), 303);
  response.cookies.set(ONBOARDING_COOKIE, token, onboardingCookieOptions());
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
