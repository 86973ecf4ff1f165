import { z } from "zod";
import { hepsiburadaConnector, type HepsiburadaCredentials } from "./hepsiburada";
import { shopifyConnector, type ShopifyCredentials } from "./shopify";
import { ticimaxConnector, type TicimaxCredentials } from "./ticimax";
import type { Connector, CredentialField, Platform } from "./types";
import { woocommerceConnector, type WooCommerceCredentials } from "./woocommerce";

/**
 * The e-commerce platforms a customer can connect in onboarding step 3, one connector each behind
 * the same interface. Free of server-only code so forms can share the schemas and field labels; the
 * network call is lib/integrations/verify.ts (server only).
 */

export type {
  Connector,
  CredentialField,
  Platform,
  Resolver,
  VerifyFailureReason,
  VerifyOptions,
  VerifyResult,
} from "./types";
export { PLATFORMS } from "./types";

export type CredentialsFor = {
  shopify: ShopifyCredentials;
  woocommerce: WooCommerceCredentials;
  ticimax: TicimaxCredentials;
  hepsiburada: HepsiburadaCredentials;
};

export const connectors: { [P in Platform]: Connector<CredentialsFor[P]> } = {
  shopify: shopifyConnector,
  woocommerce: woocommerceConnector,
  ticimax: ticimaxConnector,
  hepsiburada: hepsiburadaConnector,
};

/** What each platform asks for, in order, with its Turkish label and whether it is secret. */
export const platformFields: { [P in Platform]: readonly CredentialField<keyof CredentialsFor[P] & string>[] } = {
  shopify: shopifyConnector.fields,
  woocommerce: woocommerceConnector.fields,
  ticimax: ticimaxConnector.fields,
  hepsiburada: hepsiburadaConnector.fields,
};

export function secretFieldNames(platform: Platform): string[] {
  return platformFields[platform].filter((field) => field.secret).map((field) => field.name);
}

export type CredentialFieldErrors<P extends Platform> = Partial<Record<keyof CredentialsFor[P] & string, string[]>>;

export type ParsedCredentials<P extends Platform> =
  { ok: true; credentials: CredentialsFor[P] } | { ok: false; fieldErrors: CredentialFieldErrors<P> };

/** Validates what the user typed for `platform`; refusals are Turkish messages per field. */
export function parseCredentials<P extends Platform>(platform: P, input: unknown): ParsedCredentials<P> {
  const result = (connectors[platform] as Connector<CredentialsFor[P]>).schema.safeParse(input);
  if (result.success) return { ok: true, credentials: result.data };
  return { ok: false, fieldErrors: z.flattenError(result.error).fieldErrors as CredentialFieldErrors<P> };
}

/**
 * The form of the credentials a browser may see: secret fields through `mask` (lib/crypto's
 * `maskSecret`, passed in because it is server-only), the rest as entered.
 */
export function maskCredentials<P extends Platform>(
  platform: P,
  credentials: CredentialsFor[P],
  mask: (value: string) => string,
): Record<string, string> {
  const secrets = new Set(secretFieldNames(platform));
  return Object.fromEntries(
    Object.entries(credentials as Record<string, string>).map(([name, value]) => [
      name,
      secrets.has(name) ? mask(value) : value,
    ]),
  );
}
