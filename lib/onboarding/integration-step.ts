import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { findSessionIntegration } from "@/db/queries/integrations";
import { findSessionByTokenHash, saveStep } from "@/db/queries/onboarding-sessions";
import { integrations } from "@/db/schema";
import type { Context } from "@/lib/context";
import { decryptJson, encryptJson, maskSecret } from "@/lib/crypto";
import { maskCredentials, type Platform } from "@/lib/integrations";
import { platformBaseUrl } from "@/lib/integrations/base-url";
import { credentialsFromForm, type StoredCredentials } from "@/lib/integrations/stored-secrets";
import { verifyCredentials } from "@/lib/integrations/verify";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import { sha256Hex } from "@/lib/tokens";
import { connectionTestLimits } from "./limits";
import { onboardingError } from "./messages";
import type { PlatformChoice } from "./schemas";

export const VERIFY_TIMEOUT_MS = 10_000;

export type IntegrationView = {
  platform: Platform;
  masked: Record<string, string>;
  status: "pending" | "connected" | "failed";
  shopName: string | null;
  lastError: string | null;
};

/** Step 3 of a session still in progress; SESSION_GONE when it has ended meanwhile (rolls back the step). */
async function saveStep3(tx: DbOrTx, tokenHash: string, platform: PlatformChoice) {
  if (!(await saveStep(tx, { tokenHash, step: 3, data: { platform } }))) throw onboardingError("SESSION_GONE");
}

/**
 * Step 3. `test` ("Bağlantıyı test et") saves the credentials encrypted and calls the platform's API
 * (10 s at most), keeping `connected` or `failed` with the platform's Turkish error; `next` ("İleri")
 * saves them as they are (`pending` when they changed since the last test) and moves to step 4.
 * Returns what the form shows of the integration (null for "Entegrasyon yok").
 */
export async function saveIntegrationStep(
  ctx: Context,
  params: { token: string | null; platform: PlatformChoice; intent: "test" | "next"; fields: Record<string, unknown> },
): Promise<IntegrationView | null> {
  if (!params.token) throw onboardingError("SESSION_GONE");
  const tokenHash = sha256Hex(params.token);
  const db = await getDb();
  const session = await findSessionByTokenHash(db, { tokenHash });
  if (!session || session.status !== "in_progress") throw onboardingError("SESSION_GONE");

  if (params.platform === "none") {
    if (params.intent === "test") throw onboardingError("PLATFORM_NEEDED_FOR_TEST", { field: "platform" });
    await db.transaction(async (tx) => {
      // Credentials typed earlier in this session are not kept.
      await tx
        .delete(integrations)
        .where(and(eq(integrations.onboardingSessionId, session.id), isNull(integrations.customerId)));
      await saveStep3(tx, tokenHash, "none");
    });
    return null;
  }

  const platform = params.platform;
  const stored = await findSessionIntegration(db, { sessionId: session.id });
  const previous: StoredCredentials | null = stored && {
    platform: stored.platform,
    values: decryptJson<Record<string, string>>(stored.credentialsEncrypted),
    masked: stored.credentialsMasked,
  };
  // Secret fields left as shown stand for the stored secrets, unless the shop's address changed.
  const parsed = credentialsFromForm(platform, params.fields, previous, { keepStored: true });
  if (!parsed.ok) throw onboardingError("CREDENTIALS_INVALID", { fieldErrors: parsed.fieldErrors });
  const credentials = parsed.credentials;

  const unchanged = previous?.platform === platform && JSON.stringify(previous.values) === JSON.stringify(credentials);
  let status: IntegrationView["status"] = unchanged && stored ? stored.status : "pending";
  let shopName = unchanged ? (stored?.shopName ?? null) : null;
  let lastError = unchanged ? (stored?.lastError ?? null) : null;
  // Unchanged credentials keep the time of their last check; changed ones were never checked.
  let lastCheckedAt: Date | null | undefined = unchanged ? undefined : null;
  if (params.intent === "test") {
    const taken = await takeLimit(db, connectionTestLimits(ctx.ip));
    if (taken.limited) throw onboardingError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
    const result = await verifyCredentials(platform, credentials, {
      baseUrl: platformBaseUrl(platform),
      timeoutMs: VERIFY_TIMEOUT_MS,
    });
    status = result.ok ? "connected" : "failed";
    shopName = result.ok ? result.shopName : null;
    lastError = result.ok ? null : result.message;
    lastCheckedAt = new Date();
  }

  const masked = maskCredentials(platform, credentials, maskSecret);
  const values = {
    platform,
    credentialsEncrypted: encryptJson(credentials),
    credentialsMasked: masked,
    status,
    shopName,
    lastError,
    lastCheckedAt,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(integrations)
      .values({ ...values, onboardingSessionId: session.id })
      .onConflictDoUpdate({ target: integrations.onboardingSessionId, set: values });
    if (params.intent === "next") await saveStep3(tx, tokenHash, platform);
  });
  return { platform, masked, status, shopName, lastError };
}
