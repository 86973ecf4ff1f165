import { eq, notExists } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { integrations } from "../schema";

/**
 * Integrations: a customer's (at most one, by a unique index), or the one being set up in an
 * onboarding session before the customer exists (at most one per session).
 */

/** What the account page shows of a customer's integration: never the encrypted credentials. */
export async function getIntegrationView(db: DbOrTx, params: { customerId: string }) {
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

/** A customer's stored credentials, encrypted, for a connection test or their replacement. */
export async function getIntegrationCredentials(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db
    .select({
      platform: integrations.platform,
      credentialsEncrypted: integrations.credentialsEncrypted,
      credentialsMasked: integrations.credentialsMasked,
    })
    .from(integrations)
    .where(eq(integrations.customerId, params.customerId))
    .limit(1);
  return row ?? null;
}

/** The integration being set up in an onboarding session. */
export async function findSessionIntegration(db: DbOrTx, params: { sessionId: string }) {
  const [row] = await db
    .select({
      id: integrations.id,
      platform: integrations.platform,
      credentialsEncrypted: integrations.credentialsEncrypted,
      credentialsMasked: integrations.credentialsMasked,
      shopName: integrations.shopName,
      status: integrations.status,
      lastError: integrations.lastError,
    })
    .from(integrations)
    .where(eq(integrations.onboardingSessionId, params.sessionId))
    .limit(1);
  return row ?? null;
}

/** A condition for writes: the customer has no integration yet (one per customer, by a unique index). */
export function customerHasNoIntegration(db: DbOrTx, params: { customerId: string }) {
  return notExists(
    db.select({ id: integrations.id }).from(integrations).where(eq(integrations.customerId, params.customerId)),
  );
}
