/**
 * The billing run's reads, set-based per chunk of customers: who is billable in a period, what each
 * one's invoice is computed from (their completed packages counted together), the period's invoices
 * of a chunk, and the drafts to issue, locked.
 */
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { BillingPeriod } from "@/lib/billing/period";
import { uuidArray } from "../batch";
import type { DbOrTx, Tx } from "../index";
import { customers, invoices, orders } from "../schema";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** What an issued invoice prints about the buyer, and where its e-mail goes. */
const buyerColumns = {
  companyName: customers.companyName,
  address: customers.address,
  city: customers.city,
  taxOffice: customers.taxOffice,
  taxId: customers.taxId,
  email: customers.email,
  contactName: customers.contactName,
};

/** An order that counts for the period: completed within it. */
function completedIn(period: BillingPeriod): SQL {
  return sql`${orders.status} = 'completed'
    and ${orders.completedAt} >= ${at(period.start)} and ${orders.completedAt} < ${at(period.end)}`;
}

/** Owes the period's storage charge even without packages: a customer since before it, not closed or erased. */
function owesStorage(period: BillingPeriod): SQL {
  return sql`(${customers.createdAt} < ${at(period.start)} and ${customers.status} <> 'inactive' and ${customers.erasedAt} is null)`;
}

/**
 * The billable rule (here for the run's list; getBillingInputs applies the same two parts to its
 * counts): a customer is billed for a period when it has packages completed in the period, or when it
 * was already a customer when the period started and is not closed (`inactive`) or erased, because
 * the lowest tier carries a monthly storage charge even without packages. A customer that joined
 * during the period pays nothing for it unless it had packages completed: storage starts with its
 * first full period.
 */
function isBillable(period: BillingPeriod): SQL {
  return sql`(${owesStorage(period)} or exists (
      select 1 from ${orders} where ${orders.customerId} = ${customers.id} and ${completedIn(period)}
    ))`;
}

/**
 * Billable and without an invoice of the period past its draft (a customer with only a draft still
 * needs it issued). The invoice is looked up first (one index probe) and the orders only for a
 * customer without one, so a run with nothing left to do reads no orders at all.
 */
function toBill(period: BillingPeriod): SQL {
  return sql`case when exists (
      select 1 from ${invoices}
      where ${invoices.customerId} = ${customers.id} and ${invoices.periodStart} = ${at(period.start)}
        and ${invoices.status} <> 'draft'
    ) then false else ${isBillable(period)} end`;
}

/**
 * The next `limit` customers (by id, after `after`) to bill for the period: billable and not yet
 * invoiced. Keyset pages, so the run can take them in chunks while invoices are being written.
 */
export async function listBillableCustomers(
  db: DbOrTx,
  params: { period: BillingPeriod; after: string | null; limit: number },
): Promise<string[]> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(params.after ? gt(customers.id, params.after) : undefined, toBill(params.period)))
    .orderBy(asc(customers.id))
    .limit(params.limit);
  return rows.map((row) => row.id);
}

export type BillingInput = Awaited<ReturnType<typeof getBillingInputs>>[number];

/**
 * What an invoice of the period is computed from, for those of `customerIds` that are billable: the
 * pricing of the customer and the packages of its orders completed in the period (counted together,
 * one grouped read for the whole chunk), with the customer as an issued invoice prints it.
 */
export async function getBillingInputs(db: DbOrTx, params: { period: BillingPeriod; customerIds: readonly string[] }) {
  if (params.customerIds.length === 0) return [];
  const packages = db
    .select({
      customerId: orders.customerId,
      packageCount: sql<string>`sum(${orders.packageCount})`.as("package_count"),
    })
    .from(orders)
    .where(and(sql`${orders.customerId} = any(${uuidArray(params.customerIds)})`, completedIn(params.period)))
    .groupBy(orders.customerId)
    .as("packages");
  // The billable rule on the counts just made (an EXISTS per customer would count the orders twice).
  const rows = await db
    .select({
      customerId: customers.id,
      serviceType: customers.serviceType,
      contractUnitPrice: customers.contractUnitPrice,
      packageCount: packages.packageCount,
      ...buyerColumns,
    })
    .from(customers)
    .leftJoin(packages, eq(packages.customerId, customers.id))
    .where(
      and(
        sql`${customers.id} = any(${uuidArray(params.customerIds)})`,
        sql`(${packages.packageCount} is not null or ${owesStorage(params.period)})`,
      ),
    )
    .orderBy(asc(customers.id));
  return rows.map((row) => ({ ...row, packageCount: Number(row.packageCount ?? 0) }));
}

/** The invoices of the period of these customers, whatever their status. */
export async function listPeriodInvoices(db: DbOrTx, params: { periodStart: Date; customerIds: readonly string[] }) {
  if (params.customerIds.length === 0) return [];
  return db
    .select({ id: invoices.id, customerId: invoices.customerId, status: invoices.status })
    .from(invoices)
    .where(
      and(
        eq(invoices.periodStart, params.periodStart),
        sql`${invoices.customerId} = any(${uuidArray(params.customerIds)})`,
      ),
    );
}

/**
 * The drafts among `invoiceIds`, locked until the transaction ends, with what the issued invoice
 * prints about the buyer and where its e-mail goes. Locked in id order, so two finalizers of
 * overlapping batches wait for each other instead of deadlocking; one finalizing the same draft after
 * another sees it no longer a draft.
 */
export async function lockDraftsForIssue(tx: Tx, params: { invoiceIds: readonly string[] }) {
  if (params.invoiceIds.length === 0) return [];
  return tx
    .select({
      id: invoices.id,
      customerId: invoices.customerId,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      total: invoices.total,
      ...buyerColumns,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(sql`${invoices.id} = any(${uuidArray(params.invoiceIds)})`, eq(invoices.status, "draft")))
    .orderBy(asc(invoices.id))
    .for("update", { of: invoices });
}

/** When the invoice with this number was issued: the previous number's date bounds the next one's. */
export async function getIssuedAt(db: DbOrTx, params: { invoiceNumber: string }): Promise<Date | null> {
  const [row] = await db
    .select({ issuedAt: invoices.issuedAt })
    .from(invoices)
    .where(eq(invoices.invoiceNumber, params.invoiceNumber))
    .limit(1);
  return row?.issuedAt ?? null;
}
