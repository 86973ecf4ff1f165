import type { z } from "zod";
import type { HttpAnswer, RequestSpec, Target } from "./answers";

export const PLATFORMS = ["shopify", "woocommerce", "ticimax", "hepsiburada"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Name → addresses, as `dns.lookup(name, { all: true })` answers (tests pass their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type VerifyOptions = {
  /**
   * Operator configuration (`*_API_BASE_URL`; tests point connectors at local fakes): replaces the
   * scheme and host of every request and is called as configured. Without it the typed address is
   * resolved and checked (lib/integrations/address-guard.ts).
   */
  baseUrl?: string;
  /** Whole-request budget, name lookup and body included. Defaults to 10 seconds. */
  timeoutMs?: number;
  resolve?: Resolver;
};

/** `refused_address`: the shop's name leads to our own or a private network, or to a port other than 443. */
export type VerifyFailureReason = "bad_credentials" | "unreachable" | "unexpected" | "refused_address";

export type VerifyFailure = { ok: false; reason: VerifyFailureReason; message: string };

/** `message` is Turkish, says what is wrong and what to do, and never contains a credential. */
export type VerifyResult = { ok: true; shopName: string } | VerifyFailure;

/** One call through lib/integrations/http.ts, the only way a connector reaches a platform. */
export type Send = (spec: RequestSpec, target: Target) => Promise<{ ok: true; answer: HttpAnswer } | VerifyFailure>;

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
  verify(credentials: Credentials, send: Send): Promise<VerifyResult>;
}
