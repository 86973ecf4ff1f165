const ORIGIN = "http://cardak.invalid";

/**
 * Where to go after sign-in: the page the user was headed to, if it is one of ours. Resolved as a URL
 * so tricks like `//evil.com`, `/\evil.com` or `/<tab>/evil.com` (browsers drop tabs and newlines)
 * cannot lead off the site.
 */
export function safeNextPath(next: unknown, role: "customer" | "admin"): string {
  const fallback = role === "admin" ? "/yonetim" : "/panel";
  if (typeof next !== "string" || !next.startsWith("/") || /[\u0000-\u0020\\\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (role === "customer" && (path === "/yonetim" || path.startsWith("/yonetim/"))) return fallback;
  if (role === "admin" && (path === "/panel" || path.startsWith("/panel/"))) return fallback;
  return path;
}
