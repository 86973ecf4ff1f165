/**
 * The headers every response carries: no framing by other sites (clickjacking), no MIME sniffing, no
 * full URLs (tokens live in some of ours) in the Referer sent to other sites, browser features we
 * never use switched off, and HSTS once the app is served over https.
 */

// Card payments come later (Iyzico's form runs in our own pages), so `payment` stays allowed for us.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=(self)",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

// No script-src yet: that needs a nonce on every page (all rendered per request). These directives
// hold for the app as it is: nothing frames it, no plugin, no <base>, forms post only to ourselves.
const CONTENT_SECURITY_POLICY = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
].join("; ");

// Two years: a browser that saw the app over https never tries http for it again. No `preload`,
// which is a commitment for the whole domain to be made on purpose.
const HSTS = "max-age=63072000; includeSubDomains";

type HeaderList = ReadonlyArray<readonly [string, string]>;
let cached: { appUrl: string; headers: HeaderList } | undefined;

export function securityHeaders(appUrl: string): HeaderList {
  if (cached?.appUrl === appUrl) return cached.headers;
  const headers: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
  ];
  // The public address decides, not the request's scheme: behind the proxy that terminates TLS the
  // app itself is spoken to over http.
  if (new URL(appUrl).protocol === "https:") headers.push(["Strict-Transport-Security", HSTS]);
  cached = { appUrl, headers };
  return headers;
}
