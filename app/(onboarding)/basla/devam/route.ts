import { NextResponse, type NextRequest } from "next/server";
import { ONBOARDING_COOKIE, onboardingCookieOptions } from "@/app/(onboarding)/basla/cookie";
import { decideResume } from "@/lib/onboarding/resume";

// A relative Location: request.url may name another host (localhost for 127.0.0.1) than the one the
// browser used, and the cookie set here belongs to the browser's host.
function seeOther(location: string) {
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}

/**
 * The e-mailed resume link (`/basla?devam=<token>`) lands here through the page: a page cannot set
 * cookies, so this puts the token into the session cookie and sends the visitor on to their step.
 * When another application is open in this browser the visitor is asked first (`/basla/devam/sec`).
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const decision = await decideResume({ token, currentToken: request.cookies.get(ONBOARDING_COOKIE)?.value ?? null });
  if (decision.kind === "invalid") return seeOther("/basla?baglanti=gecersiz");
  if (decision.kind === "ask") return seeOther(`/basla/devam/sec?token=${encodeURIComponent(token)}`);
  const response = seeOther("/basla");
  response.cookies.set(ONBOARDING_COOKIE, token, onboardingCookieOptions());
  return response;
}
