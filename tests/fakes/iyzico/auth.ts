import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * Iyzico's IYZWSv2 request authentication, checked as Iyzico checks it: the Authorization header is
 * "IYZWSv2 " + base64("apiKey:<key>&randomKey:<rnd>&signature:<hex>"), where the signature is
 * HMAC-SHA256(secretKey, rnd + path + body) and the same random string travels in x-iyzi-rnd. A wrong
 * API key or secret is refused with Iyzico's error codes.
 */
export type AuthResult = { ok: true } | { ok: false; errorCode: string; errorMessage: string };

const refused = (errorCode: string, errorMessage: string): AuthResult => ({ ok: false, errorCode, errorMessage });

export function checkAuthorization(
  headers: IncomingHttpHeaders,
  path: string,
  rawBody: string,
  credentials: { apiKey: string; secretKey: string },
): AuthResult {
  const header = headers.authorization ?? "";
  const random = headers["x-iyzi-rnd"];
  if (typeof random !== "string" || random === "") return refused("1004", "Random string gönderilmesi zorunludur");
  if (!header.startsWith("IYZWSv2 ")) return refused("1000", "Geçersiz imza");
  const fields = new Map<string, string>();
  for (const part of Buffer.from(header.slice("IYZWSv2 ".length), "base64").toString("utf8").split("&")) {
    const colon = part.indexOf(":");
    if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
  }
  if (fields.get("apiKey") !== credentials.apiKey) return refused("1001", "api bilgileri bulunamadı");
  if (fields.get("randomKey") !== random) return refused("1000", "Geçersiz imza");
  const expected = createHmac("sha256", credentials.secretKey)
    .update(random + path + rawBody)
    .digest("hex");
  const received = fields.get("signature") ?? "";
  const same = received.length === expected.length && timingSafeEqual(Buffer.from(received), Buffer.from(expected));
  return same ? { ok: true } : refused("1000", "Geçersiz imza");
}
