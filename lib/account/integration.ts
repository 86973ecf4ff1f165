import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { integrations } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
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
import type { AccountActor } from "./types";

/** What the account page shows of the integration: never the encrypted credentials. */
export async function getIntegrationView(params: { customerId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      platform: integrations.platform,
      status: integrations.status,
      shopName: integrations.shopName,
      credentialsMasked: integrations.credentialsMasked,
      lastCheckedAt: integrations.lastCheckedAt,
      lastError: integrations.lastError,
    })
    .from(integrations)
    .where(eq(integrations.customerId, params.customerId))
    .limit(1);
  return row ?? null;
}

async function recordCheck(
  input: {
    customerId: string;
    result: VerifyResult;
    replaced?: { encrypted: string; masked: Record<string, string> };
  } & AccountActor,
  now: Date,
) {
  const db = await getDb();
  const status = input.result.ok ? ("connected" as const) : ("failed" as const);
  await db.transaction(async (tx) => {
    await tx
      .update(integrations)
      .set({
        status,
        lastCheckedAt: now,
        lastError: input.result.ok ? null : input.result.message,
        ...(input.result.ok ? { shopName: input.result.shopName } : {}),
        ...(input.replaced
          ? { credentialsEncrypted: input.replaced.encrypted, credentialsMasked: input.replaced.masked }
          : {}),
      })
      .where(eq(integrations.customerId, input.customerId));
    await writeAudit(tx, {
      actor: { kind: "user", userId: input.actor.id, email: input.actor.email },
      action: input.replaced ? "integration.credentials_replaced" : "integration.checked",
      entityType: "integration",
      entityId: input.customerId,
      after: { status, ...(input.replaced ? { credentials: input.replaced.masked } : {}) },
      ip: input.ip,
      requestId: input.requestId,
    });
  });
}

function verifyOptions(platform: Platform): VerifyOptions {
  return { baseUrl: platformBaseUrl(platform), timeoutMs: 10_000 };
}

/** "Bağlantıyı test et": a real call with the stored credentials; the status follows the answer. */
export async function testIntegration(
  input: { customerId: string; options?: VerifyOptions } & AccountActor,
  now = new Date(),
): Promise<VerifyResult | null> {
  const db = await getDb();
  const [row] = await db
    .select({ platform: integrations.platform, encrypted: integrations.credentialsEncrypted })
    .from(integrations)
    .where(eq(integrations.customerId, input.customerId))
    .limit(1);
  if (!row) return null;
  const credentials = decryptJson<CredentialsFor[Platform]>(row.encrypted);
  const result = await verifyCredentials(
    row.platform,
    credentials as never,
    input.options ?? verifyOptions(row.platform),
  );
  await recordCheck({ ...input, result }, now);
  return result;
}

export type ReplaceResult =
  { ok: true; result: VerifyResult } | { ok: false; fieldErrors: Record<string, string[] | undefined> } | null;

/**
 * New credentials for the same platform: validated by the platform's schema, tested for real, then
 * stored encrypted whatever the answer (the status shows whether they work). The form's secret fields
 * start empty and every one is typed again (a new address says so on each of them).
 */
export async function replaceIntegrationCredentials(
  input: { customerId: string; fields: Record<string, unknown>; options?: VerifyOptions } & AccountActor,
  now = new Date(),
): Promise<ReplaceResult> {
  const db = await getDb();
  const [view] = await db
    .select({
      platform: integrations.platform,
      encrypted: integrations.credentialsEncrypted,
      masked: integrations.credentialsMasked,
    })
    .from(integrations)
    .where(eq(integrations.customerId, input.customerId))
    .limit(1);
  if (!view) return null;
  const stored = {
    platform: view.platform,
    values: decryptJson<Record<string, string>>(view.encrypted),
    masked: view.masked,
  };
  const parsed = credentialsFromForm(view.platform, input.fields, stored, { keepStored: false });
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const result = await verifyCredentials(
    view.platform,
    parsed.credentials as never,
    input.options ?? verifyOptions(view.platform),
  );
  const replaced = {
    encrypted: encryptJson(parsed.credentials),
    masked: maskCredentials(view.platform, parsed.credentials as never, maskSecret),
  };
  await recordCheck({ ...input, result, replaced }, now);
  return { ok: true, result };
}
