import { and, asc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { customers, users } from "../schema";

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
      companyName: customers.companyName,
      taxId: customers.taxId,
      contactName: customers.contactName,
      email: customers.email,
      phone: customers.phone,
      address: customers.address,
      city: customers.city,
      status: customers.status,
      suspensionReason: customers.suspensionReason,
      serviceType: customers.serviceType,
      contractUnitPrice: customers.contractUnitPrice,
    })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  return row ?? null;
}

/** For the admin's customer picker: every customer still in business, by name. */
export async function listCustomerOptions(db: DbOrTx, params: { limit?: number } = {}) {
  return db
    .select({ id: customers.id, companyName: customers.companyName, status: customers.status })
    .from(customers)
    .where(ne(customers.status, "inactive"))
    .orderBy(asc(customers.companyName))
    .limit(params.limit ?? 1000);
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
