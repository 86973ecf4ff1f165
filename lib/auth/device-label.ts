import Bowser from "bowser";

/** "Firefox · Windows" from a browser's User-Agent header, for the session list. */
export function deviceLabel(userAgent: string | null): string {
  if (!userAgent) return "Bilinmeyen cihaz";
  const { browser, os } = Bowser.parse(userAgent);
  const parts = [browser.name, os.name].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "Bilinmeyen cihaz";
}
