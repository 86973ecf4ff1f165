import { z } from "zod";

// The one place that reads process.env. Everything else calls env().
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyToUndefined, schema.prefault(fallback as never));

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a postgres:// or postgresql:// URL with a host");

// Only for development and tests: production must say where it is reached (links, Secure cookies).
const LOCAL_APP_URL = "http://localhost:3000";
// Set by `next build`, which serves nobody (the Inngest check waits for the server) but prerenders
// pages: the landing page and the legal texts print APP_URL and the company's details at build, so a
// production build needs them as the start does.
const BUILD_PHASE = "phase-production-build";

const schema = z
  .object({
    NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
    DATABASE_URL: optional(postgresUrl),
    PGLITE_DATA_DIR: withDefault(z.string(), ".data/pglite"),
    // For tests only: an in-memory embedded database starts as a copy of this dump (PGlite's
    // dumpDataDir, written once by tests/integration/global-setup.ts) instead of an empty one.
    PGLITE_SNAPSHOT: optional(z.string().min(1)),
    DATA_DIR: withDefault(z.string(), ".data"),
    NEXT_PHASE: optional(z.string()),
    APP_URL: optional(z.url()),
    LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
    ADMIN_EMAIL: optional(z.email()),
    ADMIN_PASSWORD: optional(z.string().min(10, "must be at least 10 characters")),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
    // How many proxies of our own stand between the internet and the app (0: clients connect directly).
    TRUSTED_PROXIES: withDefault(z.coerce.number().int().min(0).max(10), "0"),
    // Replaced by TRUSTED_PROXIES; refused below so a deployment that still sets it is told so.
    TRUST_PROXY: optional(z.string()),
    RESEND_API_KEY: optional(z.string().min(1)),
    RESEND_BASE_URL: optional(z.url()),
    EMAIL_FROM: withDefault(z.string().min(3), "Çardak Paketleme <bildirim@cardakpaketleme.com.tr>"),
    // Where operations notifications (a new quote, the alerts of lib/ops-alerts.ts) go; unset: none are sent.
    OPS_EMAIL: optional(z.email()),
    INNGEST_EVENT_KEY: optional(z.string().min(1)),
    INNGEST_SIGNING_KEY: optional(z.string().min(1)),
    INNGEST_DEV: optional(z.string().min(1)),
    INNGEST_BASE_URL: optional(z.url()),
    ENCRYPTION_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/i, "must be 64 hexadecimal characters (32 bytes)")),
    IYZIPAY_API_KEY: optional(z.string().min(1)),
    IYZIPAY_SECRET_KEY: optional(z.string().min(1)),
    IYZIPAY_URI: withDefault(z.url(), "https://sandbox-api.iyzipay.com"),
    // For tests only: point the platform connectors at local fakes instead of the real APIs.
    SHOPIFY_API_BASE_URL: optional(z.url()),
    WOOCOMMERCE_API_BASE_URL: optional(z.url()),
    TICIMAX_API_BASE_URL: optional(z.url()),
    HEPSIBURADA_API_BASE_URL: optional(z.url()),
    // The seller on invoices and the contact details in the site's footer. Placeholders out of
    // production; production must name the real company (an invoice with a made-up VKN is no invoice).
    COMPANY_NAME: withDefault(z.string().min(2), "Çardak Paketleme Ltd. Şti."),
    COMPANY_ADDRESS: optional(z.string().min(10, "must be a full postal address")),
    COMPANY_TAX_OFFICE: optional(z.string().min(2)),
    COMPANY_TAX_ID: optional(z.string().regex(/^\d{10}$/, "must be a 10-digit VKN")),
    COMPANY_IBAN: optional(z.string().regex(/^TR\d{2}( ?\d{4}){5} ?\d{2}$/, "must be a Turkish IBAN (TR + 24 digits)")),
    COMPANY_PHONE: withDefault(z.string().min(7), "+90 212 555 01 00"),
    COMPANY_EMAIL: withDefault(z.email(), "destek@cardakpaketleme.com.tr"),
    SUSPENSION_GRACE_HOURS: withDefault(
      z.coerce
        .number()
        .int()
        .min(0)
        .max(24 * 30),
      "24",
    ),
  })
  .superRefine((value, ctx) => {
    if (value.TRUST_PROXY !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRUST_PROXY"],
        message: "is no longer read: set TRUSTED_PROXIES to the number of proxies in front of the app",
      });
    }
    if ((value.ADMIN_EMAIL === undefined) !== (value.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [value.ADMIN_EMAIL === undefined ? "ADMIN_EMAIL" : "ADMIN_PASSWORD"],
        message: "must be set together with ADMIN_EMAIL and ADMIN_PASSWORD",
      });
    }
    if ((value.IYZIPAY_API_KEY === undefined) !== (value.IYZIPAY_SECRET_KEY === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [value.IYZIPAY_API_KEY === undefined ? "IYZIPAY_API_KEY" : "IYZIPAY_SECRET_KEY"],
        message: "must be set together with IYZIPAY_API_KEY and IYZIPAY_SECRET_KEY",
      });
    }
    if (value.NODE_ENV === "production" && value.DATABASE_URL && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production with DATABASE_URL",
      });
    }
    // The SDK's dev mode accepts any request to /api/inngest unsigned: anyone could run a billing
    // run, a reminder or a suspension sweep with an event of their own.
    if (value.NODE_ENV === "production" && value.NEXT_PHASE !== BUILD_PHASE && inngestDevMode(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["INNGEST_DEV"],
        message:
          "is only for the local Inngest dev server (it turns off the signature check of /api/inngest): unset it in production and set INNGEST_SIGNING_KEY",
      });
    }
    if (value.NODE_ENV === "production") {
      for (const name of [
        "APP_URL",
        "COMPANY_ADDRESS",
        "COMPANY_TAX_OFFICE",
        "COMPANY_TAX_ID",
        "COMPANY_IBAN",
      ] as const) {
        if (!value[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required in production" });
      }
    }
  })
  .transform((value) => ({ ...value, APP_URL: value.APP_URL ?? LOCAL_APP_URL }));

export type Env = z.infer<typeof schema>;

/** Whether this process is `next build` (it prerenders pages and serves nobody). */
export function isNextBuild(config: Pick<Env, "NEXT_PHASE"> = env()): boolean {
  return config.NEXT_PHASE === BUILD_PHASE;
}

/** INNGEST_DEV set to anything but "0": the Inngest SDK talks to the local dev server, unsigned. */
export function inngestDevMode(config: { INNGEST_DEV?: string }): boolean {
  return config.INNGEST_DEV !== undefined && config.INNGEST_DEV !== "0";
}

export class EnvError extends Error {
  readonly code = "ENV_INVALID" as const;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") || "environment";
    throw new EnvError(`Invalid configuration: ${name} ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}

/** Prints the one-line reason and stops the process: for start-up paths (server, CLI scripts). */
export function envOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
