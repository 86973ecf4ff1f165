import "server-only";
import { send } from "./http";
import { connectors, type CredentialsFor } from "./index";
import type { Connector, Platform, VerifyOptions, VerifyResult } from "./types";

/** The real call behind "Bağlantıyı test et", for credentials already parsed by the platform's schema. */
export function verifyCredentials<P extends Platform>(
  platform: P,
  credentials: CredentialsFor[P],
  options?: VerifyOptions,
): Promise<VerifyResult> {
  const connector = connectors[platform] as Connector<CredentialsFor[P]>;
  return connector.verify(credentials, (spec, target) => send(spec, target, options));
}
