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
import { maskCredentials, type Platform } from "@/lib/integrations";
import { verifyCredentials } from "@/lib/integrations/verify";
import { credentialsFromForm, type StoredCredentials } from "@/lib/integrations/stored-secrets";
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
  const previous: StoredCredentials | null = stored && {
    platform: stored.platform,
    values: decryptJson<Record<string, string>>(stored.credentialsEncrypted),
    masked: stored.credentialsMasked,
  };
  // Secret fields left as shown stand for the stored secrets, unless the shop's address changed.
  const parsed = credentialsFromForm(platform, params.fields, previous, { keepStored: true });
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors as FieldErrors };
  const credentials = parsed.credentials;

  const unchanged = previous?.platform === platform && JSON.stringify(previous.values) === JSON.stringify(credentials);
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
