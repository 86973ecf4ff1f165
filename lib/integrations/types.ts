import type { z } from "zod";

export const PLATFORMS = ["shopify", "woocommerce", "ticimax", "hepsiburada"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type VerifyOptions = {
  /** Replaces the scheme and host of every request (tests point connectors at local fakes). */
  baseUrl?: string;
  /** Whole-request budget, body included. Defaults to 10 seconds. */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export type VerifyFailureReason = "bad_credentials" | "unreachable" | "unexpected";

export type VerifyFailure = { ok: false; reason: VerifyFailureReason; message: string };

/** `message` is Turkish, says what is wrong and what to do, and never contains a credential. */
export type VerifyResult = { ok: true; shopName: string } | VerifyFailure;

export type CredentialField<Name extends string = string> = {
  name: Name;
  label: string;
  /** Secret fields are stored encrypted and only ever shown masked (`shpat_••••3f9a`). */
  secret: boolean;
  placeholder?: string;
  hint?: string;
};

export interface Connector<Credentials extends Record<string, string> = Record<string, string>> {
  platform: Platform;
  /** The platform's name as users know it, for messages and the platform picker. */
  label: string;
  fields: readonly CredentialField<keyof Credentials & string>[];
  /** Validates and normalises what the user typed; error messages are Turkish and name the field. */
  schema: z.ZodType<Credentials, unknown>;
  /**
   * Where credentials typed as `values` are sent (an origin), or null while the address is not valid.
   * A stored secret is only ever sent to the destination it was saved for.
   */
  destination(values: Record<string, unknown>): string | null;
  verify(credentials: Credentials, options?: VerifyOptions): Promise<VerifyResult>;
}
