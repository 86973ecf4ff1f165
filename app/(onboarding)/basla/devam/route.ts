import { NextResponse, type NextRequest } from "next/server";
import { findSessionByTokenHash } from "@/db/queries/onboarding";
import { ONBOARDING_COOKIE, onboardingCookieOptions } from "@/lib/onboarding/cookie";
import { sha256Hex } from "@/lib/tokens";

// A relative Location: request.url may name another host (localhost for 127.0.0.1) than the one the
// browser used, and the cookie set here belongs to the browser's host.
function seeOther(location: string) {
  return new NextResponse(null, { status: 303, headers: { Location: location, "Referrer-Policy": "no-referrer" } });
}

/**
 * The e-mailed resume link (`/basla?devam=<token>`) lands here through the page: a page cannot set
 * cookies, so this puts the token into the session cookie and sends the visitor on to their step.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const session = token && token.length <= 200 ? await findSessionByTokenHash({ tokenHash: sha256Hex(token) }) : null;
  if (!session || session.status !== "in_progress") return seeOther("/basla?baglanti=gecersiz");
  const response = seeOther("/basla");
  response.cookies.set(ONBOARDING_COOKIE, token, onboardingCookieOptions());
  return response;
}
