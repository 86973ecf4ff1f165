import { eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { customers } from "../schema";

const profileColumns = {
  companyName: customers.companyName,
  taxId: customers.taxId,
  contactName: customers.contactName,
  email: customers.email,
  phone: customers.phone,
  address: customers.address,
  city: customers.city,
};

/**
 * A customer's company details, as its account page shows and changes them. `lock` holds the row
 * until the transaction ends, so the audit's "before" is what the change replaced.
 */
export async function getCompanyProfile(db: DbOrTx, params: { customerId: string; lock?: boolean }) {
  const query = db.select(profileColumns).from(customers).where(eq(customers.id, params.customerId)).limit(1);
  const [row] = params.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The company's name, for e-mails sent on its behalf. */
export async function getCompanyName(db: DbOrTx, params: { customerId: string }): Promise<string | null> {
  const [row] = await db
    .select({ companyName: customers.companyName })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  return row?.companyName ?? null;
}

/** What the onboarding wizard fills in: the company's name, tax number and service. */
export async function getCustomerRegistration(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db
    .select({ companyName: customers.companyName, taxId: customers.taxId, serviceType: customers.serviceType })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  return row ?? null;
}

/** A customer account whose company data was never completed (no name or no tax number). */
export async function isCustomerProfileIncomplete(db: DbOrTx, params: { customerId: string }): Promise<boolean> {
  const row = await getCustomerRegistration(db, params);
  if (!row) return false;
  return row.companyName.trim() === "" || row.taxId.trim() === "";
}

export async function taxIdHasCustomer(db: DbOrTx, params: { taxId: string }): Promise<boolean> {
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.taxId, params.taxId)).limit(1);
  return Boolean(row);
}
