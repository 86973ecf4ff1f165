const ORIGIN = "http://cardak.invalid";
/** One leading `/` followed by neither `/` nor `\`: a path on this origin, never `//host`. */
const ONE_LEADING_SLASH = /^\/(?![/\\])/;
// Browsers drop tabs and newlines from URLs and read `\` as `/`.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\\\u007f]/;

/**
 * The path on our origin that `next` leads to, or null. Checked twice: as given, and again after
 * resolving it the way a browser does, because dot segments can make a new leading `//`
 * (`/.//evil.com` and `/%2E//evil.com` resolve to `//evil.com`, a protocol-relative address).
 * `base` also admits absolute URLs on that origin (Auth.js passes those).
 */
export function localPath(next: unknown, base: string = ORIGIN): string | null {
  if (typeof next !== "string" || UNSAFE_CHARACTERS.test(next)) return null;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(base).origin;
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (!ONE_LEADING_SLASH.test(next) && !next.startsWith(`${origin}/`)) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return ONE_LEADING_SLASH.test(path) ? path : null;
}

/** Where to go after sign-in: the page the user was headed to, if it is one of ours and of their area. */
export function safeNextPath(next: unknown, role: "customer" | "admin"): string {
  const fallback = role === "admin" ? "/yonetim" : "/panel";
  const path = localPath(next);
  if (!path) return fallback;
  if (role === "customer" && (path === "/yonetim" || path.startsWith("/yonetim/"))) return fallback;
  if (role === "admin" && (path === "/panel" || path.startsWith("/panel/"))) return fallback;
  return path;
}
