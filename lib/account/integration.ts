import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getIntegrationCredentials } from "@/db/queries/integrations";
import { integrations } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CustomerContext } from "@/lib/context";
import { decryptJson, encryptJson, maskSecret } from "@/lib/crypto";
import {
  maskCredentials,
  type CredentialsFor,
  type Platform,
  type VerifyOptions,
  type VerifyResult,
} from "@/lib/integrations";
import { platformBaseUrl } from "@/lib/integrations/base-url";
import { credentialsFromForm } from "@/lib/integrations/stored-secrets";
import { verifyCredentials } from "@/lib/integrations/verify";
import { connectionTestLimits } from "@/lib/onboarding/limits";
import { takeLimit, tooManyAttemptsMessage } from "@/lib/rate-limit";
import { accountError } from "./messages";

type Replaced = { encrypted: string; masked: Record<string, string> };

/** The answer of a check, and the new credentials when they were replaced, saved and audited together. */
async function recordCheck(ctx: CustomerContext, result: VerifyResult, replaced: Replaced | null, now: Date) {
  const db = await getDb();
  const status = result.ok ? ("connected" as const) : ("failed" as const);
  await db.transaction(async (tx) => {
    await tx
      .update(integrations)
      .set({
        status,
        lastCheckedAt: now,
        lastError: result.ok ? null : result.message,
        ...(result.ok ? { shopName: result.shopName } : {}),
        ...(replaced ? { credentialsEncrypted: replaced.encrypted, credentialsMasked: replaced.masked } : {}),
      })
      .where(eq(integrations.customerId, ctx.customerId));
    await writeAudit(tx, ctx, {
      action: replaced ? "integration.credentials_replaced" : "integration.checked",
      entityType: "integration",
      entityId: ctx.customerId,
      after: { status, ...(replaced ? { credentials: replaced.masked } : {}) },
    });
  });
}

/** Each test calls the platform for real: the same hourly cap per address as the onboarding wizard. */
async function takeConnectionTest(ctx: CustomerContext): Promise<void> {
  const taken = await takeLimit(await getDb(), connectionTestLimits(ctx.ip));
  if (taken.limited) throw accountError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
}

/** The customer's integration, decrypted; NO_INTEGRATION when it has none. */
async function storedIntegration(ctx: CustomerContext) {
  const row = await getIntegrationCredentials(await getDb(), { customerId: ctx.customerId });
  if (!row) throw accountError("NO_INTEGRATION");
  return row;
}

function verifyOptions(platform: Platform, options?: VerifyOptions): VerifyOptions {
  return options ?? { baseUrl: platformBaseUrl(platform), timeoutMs: 10_000 };
}

/**
 * "Bağlantıyı test et": a real call with the stored credentials; the status follows the answer,
 * which is returned (a failed connection is saved, then answered with the platform's words).
 */
export async function testIntegration(
  ctx: CustomerContext,
  options?: VerifyOptions,
  now = new Date(),
): Promise<VerifyResult> {
  await takeConnectionTest(ctx);
  const row = await storedIntegration(ctx);
  const credentials = decryptJson<CredentialsFor[Platform]>(row.credentialsEncrypted);
  const result = await verifyCredentials(row.platform, credentials as never, verifyOptions(row.platform, options));
  await recordCheck(ctx, result, null, now);
  return result;
}

/**
 * New credentials for the same platform: validated by the platform's schema (CREDENTIALS_INVALID
 * with each field's text), tested for real, then stored encrypted whatever the answer (the status
 * shows whether they work). The form's secret fields start empty and every one is typed again (a new
 * address says so on each of them).
 */
export async function replaceIntegrationCredentials(
  ctx: CustomerContext,
  fields: Record<string, unknown>,
  options?: VerifyOptions,
  now = new Date(),
): Promise<VerifyResult> {
  await takeConnectionTest(ctx);
  const row = await storedIntegration(ctx);
  const stored = {
    platform: row.platform,
    values: decryptJson<Record<string, string>>(row.credentialsEncrypted),
    masked: row.credentialsMasked,
  };
  const parsed = credentialsFromForm(row.platform, fields, stored, { keepStored: false });
  if (!parsed.ok) throw accountError("CREDENTIALS_INVALID", { fieldErrors: parsed.fieldErrors });
  const result = await verifyCredentials(
    row.platform,
    parsed.credentials as never,
    verifyOptions(row.platform, options),
  );
  const replaced = {
    encrypted: encryptJson(parsed.credentials),
    masked: maskCredentials(row.platform, parsed.credentials as never, maskSecret),
  };
  await recordCheck(ctx, result, replaced, now);
  return result;
}
