import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

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
});
