import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/security-headers";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";

const PROTECTED = ["/panel", "/yonetim"];

function withSecurityHeaders(response: NextResponse): NextResponse {
  // Read per request, so APP_URL (https or not) and IYZIPAY_URI are the running server's, not the build's.
  const config = env();
  for (const [name, value] of securityHeaders({ appUrl: config.APP_URL, iyzipayUri: config.IYZIPAY_URI })) {
    response.headers.set(name, value);
  }
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every request (pages, route handlers, static files, unknown paths): sets the security
 * headers, refuses paths whose %-escapes are broken, gives every request an id that its logs carry,
 * and sends visitors without a session cookie from the portal and the admin to the sign-in page (only
 * a convenience: pages and actions check for themselves).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next.js answers such a path with 500 on a dynamic route (it cannot decode the parameter); no
  // page can be meant by it, so it is the client's error.
  if (!isDecodable(pathname)) {
    return withSecurityHeaders(
      new NextResponse("Geçersiz adres: bağlantıdaki % kodlaması bozuk.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      }),
    );
  }
  const isProtected = PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (isProtected && !hasSession) {
    const url = new URL("/giris", request.url);
    url.searchParams.set("next", `${pathname}${search}`);
    return withSecurityHeaders(NextResponse.redirect(url));
  }
  const requestHeaders = new Headers(request.headers);
  const requestId = crypto.randomUUID();
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", `${pathname}${search}`);
  // `/` is a file prerendered at build; the calculator's answer without JavaScript (`/?hacim=…`) is
  // rendered per request by /hesapla, under the same address.
  const response =
    pathname === "/" && request.nextUrl.searchParams.has("hacim")
      ? NextResponse.rewrite(new URL(`/hesapla${search}`, request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestId);
  return withSecurityHeaders(response);
}

// No matcher: the proxy runs for every path, static files and unknown paths included.
