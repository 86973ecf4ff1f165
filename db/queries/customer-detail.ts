/**
 * What operations' customer page shows beyond its lists: profile and contract, users, the shop
 * integration (masked credentials only), what the customer owes; and the row the admin use cases lock.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { billingPeriodOf } from "@/lib/billing/period";
import { rangeForVolume } from "@/lib/pricing";
import type { DbOrTx, Tx } from "../index";
import { customers, integrations, invoices, users } from "../schema";
import { periodPackages as packagesOfPeriod } from "./customers";
import { isRowId } from "@/lib/row-id";

/** Profile, contract (service, price, agreement and KVKK versions and times) and the period so far. */
export async function getCustomerDetail(db: DbOrTx, params: { customerId: string; at?: Date }) {
  if (!isRowId(params.customerId)) return null;
  const period = billingPeriodOf(params.at ?? new Date());
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
      suspensionNote: customers.suspensionNote,
      suspendedAt: customers.suspendedAt,
      serviceType: customers.serviceType,
      contractUnitPrice: customers.contractUnitPrice,
      declaredVolume: customers.declaredVolume,
      productCategories: customers.productCategories,
      specialRequirements: customers.specialRequirements,
      agreementVersion: customers.agreementVersion,
      agreementAcceptedAt: customers.agreementAcceptedAt,
      kvkkVersion: customers.kvkkVersion,
      kvkkAcceptedAt: customers.kvkkAcceptedAt,
      deletionRequestedAt: customers.deletionRequestedAt,
      deletionRequestedBy: sql<
        string | null
      >`(select ${users.email} from ${users} where ${users.id} = ${customers.deletionRequestedBy})`,
      erasedAt: customers.erasedAt,
      createdAt: customers.createdAt,
      periodPackages: packagesOfPeriod(period.start),
    })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1);
  if (!row) return null;
  const periodPackages = Number(row.periodPackages);
  return { ...row, periodPackages, tier: rangeForVolume(periodPackages), period };
}

export type CustomerDetail = NonNullable<Awaited<ReturnType<typeof getCustomerDetail>>>;

/** The customer's users: who signs in for it. */
export async function listCustomerUsers(db: DbOrTx, params: { customerId: string }) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.customerId, params.customerId))
    .orderBy(asc(users.createdAt), asc(users.id));
}

/** The shop connection with its credentials masked (never the encrypted ones), or null. */
export async function getCustomerIntegration(db: DbOrTx, params: { customerId: string }) {
  const [row] = await db
    .select({
      platform: integrations.platform,
      shopName: integrations.shopName,
      status: integrations.status,
      credentialsMasked: integrations.credentialsMasked,
      lastCheckedAt: integrations.lastCheckedAt,
      lastError: integrations.lastError,
    })
    .from(integrations)
    .where(eq(integrations.customerId, params.customerId))
    .limit(1);
  return row ?? null;
}

export type Balance = { count: number; total: number };

/** What the customer owes: sent invoices not yet due, and overdue ones, each with its count and total. */
export async function getCustomerBalance(
  db: DbOrTx,
  params: { customerId: string },
): Promise<{ open: Balance; overdue: Balance }> {
  const rows = await db
    .select({
      status: invoices.status,
      count: sql<number>`count(*)::int`,
      total: sql<string>`coalesce(sum(${invoices.total}), 0)`,
    })
    .from(invoices)
    .where(and(eq(invoices.customerId, params.customerId), sql`${invoices.status} in ('sent', 'overdue')`))
    .groupBy(invoices.status);
  const of = (status: string): Balance => {
    const row = rows.find((candidate) => candidate.status === status);
    return { count: row ? Number(row.count) : 0, total: row ? Number(row.total) : 0 };
  };
  return { open: of("sent"), overdue: of("overdue") };
}

/** The customer's row locked until the transaction ends: what an admin change starts from. */
export async function lockCustomer(tx: Tx, params: { customerId: string }) {
  if (!isRowId(params.customerId)) return null;
  const [row] = await tx
    .select({
      id: customers.id,
      companyName: customers.companyName,
      contactName: customers.contactName,
      email: customers.email,
      status: customers.status,
      suspensionReason: customers.suspensionReason,
      suspensionNote: customers.suspensionNote,
      serviceType: customers.serviceType,
      contractUnitPrice: customers.contractUnitPrice,
      deletionRequestedAt: customers.deletionRequestedAt,
      erasedAt: customers.erasedAt,
    })
    .from(customers)
    .where(eq(customers.id, params.customerId))
    .limit(1)
    .for("update");
  return row ?? null;
}
