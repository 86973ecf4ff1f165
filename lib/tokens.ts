import { createHash, randomBytes } from "node:crypto";

/** An unguessable URL-safe token: 32 bytes (256 bits) by default. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are stored only as their SHA-256, so a database leak gives no usable link. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
