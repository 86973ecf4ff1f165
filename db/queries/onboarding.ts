import { and, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "../index";
import { customers, integrations, onboardingSessions, quoteRequests, users } from "../schema";
import { userEmailIs } from "./user-email";

/**
 * Onboarding data access. A session is only ever found by the SHA-256 of its resume token: there is
 * no lookup by id from the outside, so one visitor's token never reaches another's data.
 */

export class OnboardingSessionNotFoundError extends Error {
  readonly code = "ONBOARDING_SESSION_NOT_FOUND" as const;
}

const sessionColumns = {
  id: onboardingSessions.id,
  currentStep: onboardingSessions.currentStep,
  step1: onboardingSessions.step1,
  step2: onboardingSessions.step2,
  step3: onboardingSessions.step3,
  status: onboardingSessions.status,
  quoteId: onboardingSessions.quoteId,
  updatedAt: onboardingSessions.updatedAt,
};

export type OnboardingSessionRow = Awaited<ReturnType<typeof findSessionByTokenHash>> & {};

/** The session for a token hash, in progress or not; null when there is none. */
export async function findSessionByTokenHash(params: { tokenHash: string; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select(sessionColumns)
    .from(onboardingSessions)
    .where(eq(onboardingSessions.resumeTokenHash, params.tokenHash))
    .limit(1);
  return row ?? null;
}

export async function createSession(
  db: DbOrTx,
  params: { tokenHash: string; step1: Record<string, unknown>; quoteId: string | null },
) {
  const [row] = await db
    .insert(onboardingSessions)
    .values({ resumeTokenHash: params.tokenHash, step1: params.step1, currentStep: 2, quoteId: params.quoteId })
    .returning({ id: onboardingSessions.id });
  if (!row) throw new Error("Onboarding session was not created");
  return row;
}

/**
 * Saves one step of a session still in progress and moves its current step forward (never back:
 * going back to look at step 1 must not forget that step 3 was reached).
 */
export async function saveStep(
  db: DbOrTx,
  params: { tokenHash: string; step: 1 | 2 | 3; data: Record<string, unknown>; quoteId?: string | null },
) {
  const column = (["step1", "step2", "step3"] as const)[params.step - 1]!;
  const [row] = await db
    .update(onboardingSessions)
    .set({
      [column]: params.data,
      currentStep: sql`greatest(${onboardingSessions.currentStep}, ${params.step + 1})`,
      ...(params.quoteId ? { quoteId: params.quoteId } : {}),
    })
    .where(and(eq(onboardingSessions.resumeTokenHash, params.tokenHash), eq(onboardingSessions.status, "in_progress")))
    .returning({ id: onboardingSessions.id });
  if (!row) throw new OnboardingSessionNotFoundError("No onboarding session in progress for this token");
  return row;
}

const quotePrefillColumns = {
  id: quoteRequests.id,
  companyName: quoteRequests.companyName,
  contactName: quoteRequests.contactName,
  email: quoteRequests.email,
  phone: quoteRequests.phone,
  productTypes: quoteRequests.productTypes,
  specialRequirements: quoteRequests.specialRequirements,
  monthlyVolume: quoteRequests.monthlyVolume,
  acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
};

export type QuotePrefill = NonNullable<Awaited<ReturnType<typeof findAcceptedQuoteByTokenHash>>>;

/** An accepted offer opened with its public token: what prefills steps 1 and 2. */
export async function findAcceptedQuoteByTokenHash(params: { tokenHash: string; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select(quotePrefillColumns)
    .from(quoteRequests)
    .where(and(eq(quoteRequests.publicTokenHash, params.tokenHash), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row ?? null;
}

/** The offer a session was started from (its id came from the token above), for step 2's prefill. */
export async function findQuotePrefillById(params: { quoteId: string; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select(quotePrefillColumns)
    .from(quoteRequests)
    .where(and(eq(quoteRequests.id, params.quoteId), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row ?? null;
}

export async function findQuoteForActivation(db: DbOrTx, params: { quoteId: string }) {
  const [row] = await db
    .select({
      id: quoteRequests.id,
      status: quoteRequests.status,
      customerId: quoteRequests.customerId,
      acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
      monthlyVolume: quoteRequests.monthlyVolume,
    })
    .from(quoteRequests)
    .where(eq(quoteRequests.id, params.quoteId))
    .limit(1)
    // Locked until the activation commits: two activations from one offer cannot both take its price.
    .for("update");
  return row ?? null;
}

const integrationColumns = {
  id: integrations.id,
  platform: integrations.platform,
  credentialsEncrypted: integrations.credentialsEncrypted,
  credentialsMasked: integrations.credentialsMasked,
  shopName: integrations.shopName,
  status: integrations.status,
  lastError: integrations.lastError,
};

/** The integration being set up in a session (at most one, by a unique index). */
export async function findSessionIntegration(params: { sessionId: string; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select(integrationColumns)
    .from(integrations)
    .where(eq(integrations.onboardingSessionId, params.sessionId))
    .limit(1);
  return row ?? null;
}

export async function upsertSessionIntegration(
  db: DbOrTx,
  params: {
    sessionId: string;
    platform: "shopify" | "woocommerce" | "ticimax" | "hepsiburada";
    credentialsEncrypted: string;
    credentialsMasked: Record<string, string>;
    status: "pending" | "connected" | "failed";
    shopName: string | null;
    lastError: string | null;
    /** undefined keeps the stored time. */
    checkedAt: Date | null | undefined;
  },
) {
  const values = {
    platform: params.platform,
    credentialsEncrypted: params.credentialsEncrypted,
    credentialsMasked: params.credentialsMasked,
    status: params.status,
    shopName: params.shopName,
    lastError: params.lastError,
    lastCheckedAt: params.checkedAt,
  };
  await db
    .insert(integrations)
    .values({ ...values, onboardingSessionId: params.sessionId })
    .onConflictDoUpdate({ target: integrations.onboardingSessionId, set: values });
}

/** "Entegrasyon yok": credentials typed earlier in this session are not kept. */
export async function deleteSessionIntegration(db: DbOrTx, params: { sessionId: string }) {
  await db
    .delete(integrations)
    .where(and(eq(integrations.onboardingSessionId, params.sessionId), sql`${integrations.customerId} is null`));
}

export async function emailHasAccount(params: { email: string; db?: DbOrTx }): Promise<boolean> {
  const db = params.db ?? (await getDb());
  const [row] = await db.select({ id: users.id }).from(users).where(userEmailIs(params.email)).limit(1);
  return Boolean(row);
}

export async function taxIdHasCustomer(params: { taxId: string; db?: DbOrTx }): Promise<boolean> {
  const db = params.db ?? (await getDb());
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.taxId, params.taxId)).limit(1);
  return Boolean(row);
}

/** A customer account whose company data was never completed (no name or no tax number). */
export async function isCustomerProfileIncomplete(params: { customerId: string; db?: DbOrTx }): Promise<boolean> {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select({ companyName: customers.companyName, taxId: customers.taxId })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  if (!row) return false;
  return row.companyName.trim() === "" || row.taxId.trim() === "";
}

export async function sessionHasAcceptedQuotePrice(params: { tokenHash: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ price: quoteRequests.acceptedUnitPrice })
    .from(onboardingSessions)
    .innerJoin(quoteRequests, eq(quoteRequests.id, onboardingSessions.quoteId))
    .where(and(eq(onboardingSessions.resumeTokenHash, params.tokenHash), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row?.price != null;
}
