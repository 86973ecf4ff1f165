import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "./env";
import { localSecret } from "./local-secret";

/**
 * Integration credentials at rest: AES-256-GCM, so a changed byte or a wrong key is detected rather
 * than decrypted into garbage. Payloads are `v1.<iv>.<tag>.<ciphertext>` (base64url); the version
 * lets a later key or algorithm change read old rows.
 */

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
// The version is authenticated too, so a payload cannot be relabelled as another format.
const AAD = Buffer.from(`cardak-credentials:${VERSION}`);

export class EncryptionKeyMissingError extends Error {
  readonly code = "ENCRYPTION_KEY_MISSING" as const;
}

export class DecryptionError extends Error {
  readonly code = "DECRYPTION_FAILED" as const;
}

function encryptionKey(): Buffer {
  const config = env();
  if (config.ENCRYPTION_KEY) return Buffer.from(config.ENCRYPTION_KEY, "hex");
  // A key generated on one production host would make the data unreadable on every other one.
  if (config.NODE_ENV === "production" && config.DATABASE_URL) {
    throw new EncryptionKeyMissingError(
      "Invalid configuration: ENCRYPTION_KEY is required in production with DATABASE_URL (64 hexadecimal characters)",
    );
  }
  return Buffer.from(localSecret("encryption-key"), "hex");
}

export function encryptJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("encryptJson: the value cannot be represented as JSON");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(json, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decode(part: string | undefined, expectedBytes?: number): Buffer {
  if (part === undefined || !BASE64URL.test(part)) throw new DecryptionError("Encrypted value is malformed");
  const bytes = Buffer.from(part, "base64url");
  if (expectedBytes !== undefined && bytes.length !== expectedBytes) {
    throw new DecryptionError("Encrypted value is malformed");
  }
  return bytes;
}

export function decryptJson<T>(payload: string): T {
  const parts = payload.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new DecryptionError("Encrypted value has an unknown format");
  const iv = decode(parts[1], IV_BYTES);
  const tag = decode(parts[2], TAG_BYTES);
  const ciphertext = decode(parts[3]);
  const key = encryptionKey();
  let json: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(AAD);
    decipher.setAuthTag(tag);
    json = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // Deliberately vague: tampering and a wrong key look the same to GCM, and neither needs detail.
    throw new DecryptionError("Encrypted value could not be decrypted: it was changed or the key is different");
  }
  return JSON.parse(json) as T;
}

const MASK = "••••";
const MAX_PREFIX = 7;

/**
 * What a browser may see of a secret: a known-looking prefix such as `shpat_` or `ck_`, then the last
 * four characters (`shpat_••••3f9a`), enough to recognise which key is stored and no more.
 */
export function maskSecret(value: string): string {
  if (value.length < 8) return MASK;
  const last4 = value.slice(-4);
  const underscore = value.indexOf("_");
  const prefix = underscore > 0 && underscore < MAX_PREFIX ? value.slice(0, underscore + 1) : "";
  // Never reveal most of a short secret: keep the prefix only when at least four characters stay hidden.
  const hidden = value.length - prefix.length - last4.length;
  return `${hidden >= 4 ? prefix : ""}${MASK}${last4}`;
}
