import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { quoteRequests } from "../schema";

/** Accepted offers, as the onboarding wizard uses them: to prefill its steps and price the contract. */

const prefillColumns = {
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
export async function findAcceptedQuoteByTokenHash(db: DbOrTx, params: { tokenHash: string }) {
  const [row] = await db
    .select(prefillColumns)
    .from(quoteRequests)
    .where(and(eq(quoteRequests.publicTokenHash, params.tokenHash), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row ?? null;
}

/** The offer a session was started from (its id came from the token above), for step 2's prefill. */
export async function findQuotePrefillById(db: DbOrTx, params: { quoteId: string }) {
  const [row] = await db
    .select(prefillColumns)
    .from(quoteRequests)
    .where(and(eq(quoteRequests.id, params.quoteId), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row ?? null;
}

/** The offer of an activating session: locked until the activation commits. */
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
    // Two activations from one offer cannot both take its price.
    .for("update");
  return row ?? null;
}
