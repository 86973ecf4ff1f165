import "server-only";
import { getDb } from "@/db";
import {
  deleteSessionIntegration,
  findSessionByTokenHash,
  findSessionIntegration,
  saveStep,
  upsertSessionIntegration,
} from "@/db/queries/onboarding";
import { decryptJson, encryptJson, maskSecret } from "@/lib/crypto";
import {
  maskCredentials,
  parseCredentials,
  platformFields,
  verifyCredentials,
  type Platform,
} from "@/lib/integrations";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import type { FieldErrors } from "@/lib/safe-action";
import { sha256Hex } from "@/lib/tokens";
import { connectionTestLimits } from "./limits";
import { platformBaseUrl } from "@/lib/integrations/base-url";
import type { PlatformChoice } from "./schemas";

export const VERIFY_TIMEOUT_MS = 10_000;

export type IntegrationView = {
  platform: Platform;
  masked: Record<string, string>;
  status: "pending" | "connected" | "failed";
  shopName: string | null;
  lastError: string | null;
};

export type IntegrationStepOutcome =
  { ok: true; integration: IntegrationView | null } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export class SessionClosedError extends Error {
  readonly code = "ONBOARDING_SESSION_CLOSED" as const;
}

/**
 * What the user typed for `platform`, with every secret field that still shows the stored masked value
 * (or was left empty) replaced by the stored secret: a secret is never sent back to the browser, so
 * coming back to step 3 must not force typing it again.
 */
function mergeStoredSecrets(
  platform: Platform,
  typed: Record<string, unknown>,
  stored: { platform: Platform; credentialsEncrypted: string; credentialsMasked: Record<string, string> } | null,
): Record<string, string> {
  const storedValues =
    stored?.platform === platform ? decryptJson<Record<string, string>>(stored.credentialsEncrypted) : null;
  const merged: Record<string, string> = {};
  for (const field of platformFields[platform]) {
    const value = typeof typed[field.name] === "string" ? (typed[field.name] as string) : "";
    const keep =
      field.secret && storedValues && (value.trim() === "" || value === stored?.credentialsMasked[field.name]);
    merged[field.name] = keep ? (storedValues[field.name] ?? "") : value;
  }
  return merged;
}

/**
 * Step 3. `test` ("Bağlantıyı test et") saves the credentials encrypted and calls the platform's API
 * (10 s at most), keeping `connected` or `failed` with the platform's Turkish error; `next` ("İleri")
 * saves them as they are (`pending` when they changed since the last test) and moves to step 4.
 */
export async function saveIntegrationStep(params: {
  token: string;
  platform: PlatformChoice;
  intent: "test" | "next";
  fields: Record<string, unknown>;
  ip: string;
}): Promise<IntegrationStepOutcome> {
  const tokenHash = sha256Hex(params.token);
  const session = await findSessionByTokenHash({ tokenHash });
  if (!session || session.status !== "in_progress") throw new SessionClosedError("No onboarding session in progress");
  const db = await getDb();

  if (params.platform === "none") {
    if (params.intent === "test") {
      return { ok: false, fieldErrors: { platform: ["Bağlantıyı test etmek için bir platform seçin"] } };
    }
    await db.transaction(async (tx) => {
      await deleteSessionIntegration(tx, { sessionId: session.id });
      await saveStep(tx, { tokenHash, step: 3, data: { platform: "none" } });
    });
    return { ok: true, integration: null };
  }

  const platform = params.platform;
  const stored = await findSessionIntegration({ sessionId: session.id });
  const parsed = parseCredentials(platform, mergeStoredSecrets(platform, params.fields, stored));
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors as FieldErrors };
  const credentials = parsed.credentials;

  const unchanged =
    stored?.platform === platform &&
    JSON.stringify(decryptJson(stored.credentialsEncrypted)) === JSON.stringify(credentials);
  let status: IntegrationView["status"] = unchanged && stored ? stored.status : "pending";
  let shopName = unchanged ? (stored?.shopName ?? null) : null;
  let lastError = unchanged ? (stored?.lastError ?? null) : null;
  // Unchanged credentials keep the time of their last check; changed ones were never checked.
  let checkedAt: Date | null | undefined = unchanged ? undefined : null;
  if (params.intent === "test") {
    const taken = await takeLimit(db, connectionTestLimits(params.ip));
    if (taken.limited) return { ok: false, formError: tooManyAttemptsMessage(taken) };
    const result = await verifyCredentials(platform, credentials, {
      baseUrl: platformBaseUrl(platform),
      timeoutMs: VERIFY_TIMEOUT_MS,
    });
    status = result.ok ? "connected" : "failed";
    shopName = result.ok ? result.shopName : null;
    lastError = result.ok ? null : result.message;
    checkedAt = new Date();
  }

  const masked = maskCredentials(platform, credentials, maskSecret);
  await db.transaction(async (tx) => {
    await upsertSessionIntegration(tx, {
      sessionId: session.id,
      platform,
      credentialsEncrypted: encryptJson(credentials),
      credentialsMasked: masked,
      status,
      shopName,
      lastError,
      checkedAt,
    });
    if (params.intent === "next") await saveStep(tx, { tokenHash, step: 3, data: { platform } });
  });
  return { ok: true, integration: { platform, masked, status, shopName, lastError } };
}
