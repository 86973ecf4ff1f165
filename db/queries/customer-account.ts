import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { customers, users } from "../schema";

/** The company details a customer changes on its account page (the tax number is not among them). */
const companyDetails = {
  companyName: customers.companyName,
  contactName: customers.contactName,
  email: customers.email,
  phone: customers.phone,
  address: customers.address,
  city: customers.city,
  taxOffice: customers.taxOffice,
};

const pricingColumns = {
  id: customers.id,
  companyName: customers.companyName,
  email: customers.email,
  status: customers.status,
  suspensionReason: customers.suspensionReason,
  serviceType: customers.serviceType,
  contractUnitPrice: customers.contractUnitPrice,
};

/**
 * What ordering needs to know about a customer, or null. `lock` holds the row until the transaction
 * ends, so two orders of one customer are priced one after the other and each counts the other's packages.
 */
export async function getCustomerForOrdering(db: DbOrTx, params: { customerId: string; lock?: boolean }) {
  const query = db.select(pricingColumns).from(customers).where(eq(customers.id, params.customerId)).limit(1);
  const [row] = params.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The customer's own details, or null. */
export async function getCustomerProfile(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db
    .select({
      id: customers.id,
      ...companyDetails,
      taxId: customers.taxId,
      status: customers.status,
      suspensionReason: customers.suspensionReason,
      serviceType: customers.serviceType,
      contractUnitPrice: customers.contractUnitPrice,
      deletionRequestedAt: customers.deletionRequestedAt,
    })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  return row ?? null;
}

/** Where a customer's notices go: its enabled users, or the contact address when it has none. */
export async function customerRecipients(db: DbOrTx, params: { customerId: string }) {
  const rows = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.customerId, params.customerId), eq(users.disabled, false)));
  if (rows.length > 0) return rows;
  return db
    .select({ email: customers.email, name: customers.contactName })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
}

/** The company details as they are before a change, locked until the change's transaction ends. */
export async function lockCompanyDetails(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db
    .select(companyDetails)
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1)
    .for("update");
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

/** Whether a customer already has this tax number (the onboarding wizard refuses it at step 1). */
export async function taxIdHasCustomer(db: DbOrTx, params: { taxId: string }): Promise<boolean> {
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.taxId, params.taxId)).limit(1);
  return Boolean(row);
}
