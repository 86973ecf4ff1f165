import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DecryptionError, decryptJson, EncryptionKeyMissingError, encryptJson, maskSecret } from "@/lib/crypto";
import { resetEnvCache } from "@/lib/env";

const KEY_A = "0f1e2d3c4b5a69788796a5b4c3d2e1f000112233445566778899aabbccddeeff";
const KEY_B = "ffeeddccbbaa99887766554433221100f0e1d2c3b4a5968778695a4b3c2d1e0f";

function useEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvCache();
}

const credentials = { shopDomain: "magaza.myshopify.com", accessToken: "shpat_0123456789abcdef0123456789ab3f9a" };

/** Decodes one base64url part, flips one bit in it and encodes it again (so the change is never lost in padding bits). */
function flipBitIn(payload: string, partIndex: number): string {
  const parts = payload.split(".");
  const bytes = Buffer.from(parts[partIndex] ?? "", "base64url");
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(".");
}

beforeEach(() => useEnv({ ENCRYPTION_KEY: KEY_A }));

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("encryptJson / decryptJson", () => {
  it("round-trips a credentials object", () => {
    const payload = encryptJson(credentials);
    expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(decryptJson<typeof credentials>(payload)).toEqual(credentials);
  });

  it("round-trips other JSON values, including Turkish text", () => {
    for (const value of ["Şifre: çğıöşü İ", 0, null, [1, "iki"], { nested: { ok: true } }]) {
      expect(decryptJson(encryptJson(value))).toEqual(value);
    }
  });

  it("gives a different payload every time for the same value (random IV)", () => {
    const first = encryptJson(credentials);
    const second = encryptJson(credentials);
    expect(first).not.toBe(second);
    expect(first.split(".")[1]).not.toBe(second.split(".")[1]);
    expect(decryptJson(first)).toEqual(decryptJson(second));
  });

  it.each([
    ["IV", 1],
    ["tag", 2],
    ["ciphertext", 3],
  ])("refuses a payload whose %s was changed", (_name, partIndex) => {
    const tampered = flipBitIn(encryptJson(credentials), partIndex);
    expect(() => decryptJson(tampered)).toThrow(DecryptionError);
  });

  it.each([
    ["an empty string", ""],
    ["another version", "v2.AAAA.AAAA.AAAA"],
    ["missing parts", "v1.AAAAAAAAAAAAAAAA"],
    ["a short IV", "v1.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA"],
    ["characters outside base64url", "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AA+/"],
  ])("refuses %s with a typed error", (_name, payload) => {
    expect(() => decryptJson(payload)).toThrow(DecryptionError);
  });

  it("cannot be decrypted with a different key", () => {
    const payload = encryptJson(credentials);
    useEnv({ ENCRYPTION_KEY: KEY_B });
    expect(() => decryptJson(payload)).toThrow(DecryptionError);
    let message = "";
    try {
      decryptJson(payload);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain(credentials.accessToken);
    useEnv({ ENCRYPTION_KEY: KEY_A });
    expect(decryptJson(payload)).toEqual(credentials);
  });

  it("never puts the key or the plaintext in the payload, in any encoding", () => {
    const key = Buffer.from(KEY_A, "hex");
    for (let i = 0; i < 50; i++) {
      const payload = encryptJson(credentials);
      for (const text of [
        KEY_A,
        KEY_A.toUpperCase(),
        key.toString("base64url"),
        key.toString("base64"),
        credentials.accessToken,
      ]) {
        expect(payload).not.toContain(text);
      }
      const bytes = Buffer.concat(
        payload
          .split(".")
          .slice(1)
          .map((part) => Buffer.from(part, "base64url")),
      );
      expect(bytes.includes(key)).toBe(false);
      expect(bytes.includes(key.subarray(0, 16))).toBe(false);
      expect(bytes.includes(key.subarray(16))).toBe(false);
      expect(bytes.includes(Buffer.from(credentials.accessToken))).toBe(false);
    }
  });

  it("without ENCRYPTION_KEY uses a key generated once into DATA_DIR", () => {
    const dir = mkdtempSync(join(tmpdir(), "cardak-crypto-"));
    try {
      useEnv({ ENCRYPTION_KEY: undefined, DATA_DIR: dir, DATABASE_URL: undefined });
      const payload = encryptJson(credentials);
      expect(existsSync(join(dir, "encryption-key.secret"))).toBe(true);
      expect(decryptJson(payload)).toEqual(credentials);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("in production with DATABASE_URL refuses to run without ENCRYPTION_KEY, naming it", () => {
    useEnv({
      ENCRYPTION_KEY: undefined,
      NODE_ENV: "production",
      DATABASE_URL: "postgres://localhost/cardak",
      AUTH_SECRET: "a".repeat(32),
      APP_URL: "https://panel.cardak.test",
      COMPANY_ADDRESS: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
      COMPANY_TAX_OFFICE: "Esenyurt",
      COMPANY_TAX_ID: "1234567890",
      COMPANY_IBAN: "TR330006100519786457841326",
    });
    expect(() => encryptJson(credentials)).toThrow(EncryptionKeyMissingError);
    expect(() => encryptJson(credentials)).toThrow(/ENCRYPTION_KEY/);
  });
});

describe("maskSecret", () => {
  it.each([
    ["shpat_0123456789abcdef0123456789ab3f9a", "shpat_••••3f9a"],
    ["ck_0123456789abcdef0123456789abcdef01234567", "ck_••••4567"],
    ["cs_fedcba9876543210fedcba9876543210fedc7654", "cs_••••7654"],
    ["3KF956KB3FBE4NIYPQTYKYGF66NHDJ", "••••NHDJ"],
    ["abcdefgh", "••••efgh"],
    // The prefix is dropped when keeping it would leave fewer than four characters hidden.
    ["ck_abcdefg", "••••defg"],
    // An underscore far into the value is not a prefix.
    ["averyverylongprefix_secret123", "••••t123"],
    ["short", "••••"],
    ["1234567", "••••"],
    ["", "••••"],
  ])("masks %j as %j", (value, masked) => {
    expect(maskSecret(value)).toBe(masked);
  });
});
