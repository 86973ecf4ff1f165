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
// hold for the app as it is: nothing frames it, no plugin, no <base>, forms post only to ourselves,
// and a form's navigation ends either with us or on Iyzico's payment page (`Öde` answers with a
// redirect there; without JavaScript, or before it loads, that redirect is the form's own navigation,
// which form-action governs to its end).
function contentSecurityPolicy(iyzipayUri: string): string {
  return [
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ["form-action 'self'", ...paymentPageSources(iyzipayUri)].join(" "),
  ].join("; ");
}

/**
 * Where Iyzico's checkout form answers that its payment page is (`paymentPageUrl`): on one of its own
 * hosts beside the API (sandbox-cpp.iyzipay.com for sandbox-api.iyzipay.com), or, for an IYZIPAY_URI
 * that is not Iyzico's (a stand-in such as the tests' fake), at that address itself.
 */
export function paymentPageSources(iyzipayUri: string): string[] {
  const url = new URL(iyzipayUri);
  if (url.hostname === "iyzipay.com" || url.hostname.endsWith(".iyzipay.com")) return ["https://*.iyzipay.com"];
  return [url.origin];
}

/** Whether a form's navigation may end at `pageUrl` (the payment page Iyzico answered with). */
export function isPaymentPageAllowed(pageUrl: string, iyzipayUri: string): boolean {
  if (!URL.canParse(pageUrl)) return false;
  const page = new URL(pageUrl);
  return paymentPageSources(iyzipayUri).some((source) =>
    source.startsWith("https://*.")
      ? page.protocol === "https:" && page.hostname.endsWith(source.slice("https://*".length))
      : page.origin === source,
  );
}

// Two years: a browser that saw the app over https never tries http for it again. No `preload`,
// which is a commitment for the whole domain to be made on purpose.
const HSTS = "max-age=63072000; includeSubDomains";

type HeaderList = ReadonlyArray<readonly [string, string]>;
let cached: { key: string; headers: HeaderList } | undefined;

export function securityHeaders(config: { appUrl: string; iyzipayUri: string }): HeaderList {
  const key = `${config.appUrl} ${config.iyzipayUri}`;
  if (cached?.key === key) return cached.headers;
  const headers: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Content-Security-Policy", contentSecurityPolicy(config.iyzipayUri)],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
  ];
  // The public address decides, not the request's scheme: behind the proxy that terminates TLS the
  // app itself is spoken to over http.
  if (new URL(config.appUrl).protocol === "https:") headers.push(["Strict-Transport-Security", HSTS]);
  cached = { key, headers };
  return headers;
}
