import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const SELLER = {
  COMPANY_ADDRESS: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
  COMPANY_TAX_OFFICE: "Esenyurt",
  COMPANY_TAX_ID: "1234567890",
  COMPANY_IBAN: "TR330006100519786457841326",
};

describe("configuration", () => {
  it("accepts an empty environment with the documented defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.TRUSTED_PROXIES).toBe(0);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "not a url" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["APP_URL", { APP_URL: "localhost" }],
    ["ENCRYPTION_KEY", { ENCRYPTION_KEY: "short" }],
    ["ADMIN_PASSWORD", { ADMIN_EMAIL: "a@b.co" }],
    ["AUTH_SECRET", { NODE_ENV: "production", DATABASE_URL: "postgres://localhost/db" }],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "-1" }],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "yes" }],
    ["TRUST_PROXY", { TRUST_PROXY: "1" }],
    ["APP_URL", { NODE_ENV: "production" }],
    ["IYZIPAY_SECRET_KEY", { IYZIPAY_API_KEY: "sandbox-api-key" }],
    ["IYZIPAY_API_KEY", { IYZIPAY_SECRET_KEY: "sandbox-secret-key" }],
    ["IYZIPAY_URI", { IYZIPAY_URI: "sandbox-api.iyzipay.com" }],
  ])("names %s when it is missing or malformed, on one line", (name, source) => {
    let message = "";
    try {
      parseEnv(source);
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
  });

  it("requires APP_URL in production, where localhost would make wrong links and cookies without Secure", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(
      "Invalid configuration: APP_URL is required in production",
    );
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "https://panel.cardak.test", ...SELLER }).APP_URL).toBe(
      "https://panel.cardak.test",
    );
    // Development and tests keep the local default.
    expect(parseEnv({ NODE_ENV: "development" }).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ NODE_ENV: "test" }).APP_URL).toBe("http://localhost:3000");
  });

  it("requires the seller's legal details in production (invoices show them), placeholders elsewhere", () => {
    const production = { NODE_ENV: "production", APP_URL: "https://panel.cardak.test" };
    for (const name of Object.keys(SELLER)) {
      expect(() => parseEnv({ ...production, ...SELLER, [name]: undefined })).toThrow(
        `Invalid configuration: ${name} is required in production`,
      );
    }
    expect(() => parseEnv({ ...production, ...SELLER, COMPANY_TAX_ID: "123" })).toThrow("COMPANY_TAX_ID");
    expect(() => parseEnv({ ...production, ...SELLER, COMPANY_IBAN: "DE89370400440532013000" })).toThrow(
      "COMPANY_IBAN",
    );
    expect(parseEnv({ ...production, ...SELLER }).COMPANY_TAX_ID).toBe("1234567890");
    expect(parseEnv({ NODE_ENV: "development" }).COMPANY_TAX_ID).toBeUndefined();
  });

  it("refuses the Inngest dev mode in production: it turns off the signature check of /api/inngest", () => {
    const production = { NODE_ENV: "production", APP_URL: "https://panel.cardak.test", ...SELLER };
    for (const value of ["1", "true", "http://localhost:8288"]) {
      expect(() => parseEnv({ ...production, INNGEST_DEV: value })).toThrow(
        "Invalid configuration: INNGEST_DEV is only for the local Inngest dev server",
      );
    }
    // Off, it is harmless; the build and development keep it.
    expect(parseEnv({ ...production, INNGEST_DEV: "0" }).INNGEST_DEV).toBe("0");
    expect(parseEnv({ ...production, NEXT_PHASE: "phase-production-build", INNGEST_DEV: "1" }).INNGEST_DEV).toBe("1");
    expect(parseEnv({ NODE_ENV: "development", INNGEST_DEV: "1" }).INNGEST_DEV).toBe("1");
  });

  it("takes the Iyzico keys as a pair and defaults to Iyzico's sandbox", () => {
    expect(parseEnv({}).IYZIPAY_URI).toBe("https://sandbox-api.iyzipay.com");
    const keys = parseEnv({ IYZIPAY_API_KEY: "sandbox-api-key", IYZIPAY_SECRET_KEY: "sandbox-secret-key" });
    expect([keys.IYZIPAY_API_KEY, keys.IYZIPAY_SECRET_KEY]).toEqual(["sandbox-api-key", "sandbox-secret-key"]);
  });

  it("requires the public address and the company's details while `next build` runs too: its prerendered pages print them", () => {
    // The legal texts and the landing page are rendered at build: without these they showed the
    // placeholder seller address and links to localhost, whatever the start was given.
    const build = { NODE_ENV: "production", NEXT_PHASE: "phase-production-build" };
    expect(() => parseEnv(build)).toThrow("Invalid configuration: APP_URL is required in production");
    expect(() => parseEnv({ ...build, APP_URL: "https://cardak.example" })).toThrow(
      "Invalid configuration: COMPANY_ADDRESS is required in production",
    );
    expect(parseEnv({ ...build, APP_URL: "https://cardak.example", ...SELLER }).APP_URL).toBe("https://cardak.example");
  });
});
