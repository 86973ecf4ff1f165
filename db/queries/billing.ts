/**
 * Billing's reads: who is billable in a period and with what, the invoices a rule works on, and what
 * the invoice screens and the PDF show. Every read that belongs to a customer takes `customerId`
 * (null: operations, every customer).
 */
import { and, asc, count, desc, eq, gt, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { BillingPeriod } from "@/lib/billing/period";
import type { InvoiceStatus } from "@/lib/billing/status";
import { uuidArray } from "../batch";
import type { DbOrTx, Tx } from "../index";
import { billingRuns, customers, invoiceLines, invoices, orders } from "../schema";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

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
 * one grouped read for the whole chunk).
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
      companyName: customers.companyName,
      address: customers.address,
      city: customers.city,
      taxOffice: customers.taxOffice,
      taxId: customers.taxId,
      email: customers.email,
      contactName: customers.contactName,
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

/** An invoice locked for a status change (paying, cancelling), with what the change needs. */
export async function lockInvoice(tx: Tx, params: { invoiceId: string }) {
  const [row] = await tx
    .select({
      id: invoices.id,
      customerId: invoices.customerId,
      invoiceNumber: invoices.invoiceNumber,
      status: invoices.status,
      total: invoices.total,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
    })
    .from(invoices)
    .where(eq(invoices.id, params.invoiceId))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** An invoice's status and owner, or null. */
export async function getInvoiceState(db: DbOrTx, params: { invoiceId: string }) {
  const [row] = await db
    .select({ status: invoices.status, customerId: invoices.customerId })
    .from(invoices)
    .where(eq(invoices.id, params.invoiceId))
    .limit(1);
  return row ?? null;
}

/** The deadlines of an issued invoice (the per-invoice schedule sleeps until each), or null. */
export async function getInvoiceDeadlines(db: DbOrTx, params: { invoiceId: string }) {
  const [row] = await db
    .select({ status: invoices.status, dueAt: invoices.dueAt })
    .from(invoices)
    .where(and(eq(invoices.id, params.invoiceId), isNotNull(invoices.dueAt)))
    .limit(1);
  return row ? { status: row.status, dueAt: row.dueAt! } : null;
}

export const INVOICES_PAGE_SIZE = 20;

export type InvoiceListParams = {
  /** Null: operations, every customer's (drafts included); a customer never sees drafts. */
  customerId: string | null;
  status?: InvoiceStatus;
  periodStart?: Date;
  /** Operations' filter by customer. */
  forCustomerId?: string;
  page: number;
};

/** Newest period first, 20 a page, with the count and the sum of totals of everything filtered. */
export async function listInvoices(db: DbOrTx, params: InvoiceListParams) {
  const owner = params.customerId ?? params.forCustomerId;
  const where = and(
    owner ? eq(invoices.customerId, owner) : undefined,
    params.customerId ? ne(invoices.status, "draft") : undefined,
    params.status ? eq(invoices.status, params.status) : undefined,
    params.periodStart ? eq(invoices.periodStart, params.periodStart) : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: invoices.id,
        invoiceNumber: invoices.invoiceNumber,
        customerId: invoices.customerId,
        companyName: customers.companyName,
        periodStart: invoices.periodStart,
        periodEnd: invoices.periodEnd,
        total: invoices.total,
        status: invoices.status,
        issuedAt: invoices.issuedAt,
        dueAt: invoices.dueAt,
        paidAt: invoices.paidAt,
      })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(where)
      .orderBy(desc(invoices.periodStart), desc(invoices.invoiceNumber), asc(invoices.id))
      .limit(INVOICES_PAGE_SIZE)
      .offset((Math.max(1, params.page) - 1) * INVOICES_PAGE_SIZE),
    db
      .select({ count: count(), amount: sql<string>`coalesce(sum(${invoices.total}), 0)` })
      .from(invoices)
      .where(where),
  ]);
  const total = totals?.count ?? 0;
  return {
    rows,
    total,
    amount: Number(totals?.amount ?? 0),
    pageCount: Math.max(1, Math.ceil(total / INVOICES_PAGE_SIZE)),
  };
}

/**
 * One invoice with its lines, for the invoice pages. With `customerId` only that customer's issued
 * invoices (another customer's id and a draft are "not found", as a missing one); null for operations.
 */
export async function getInvoiceDetail(db: DbOrTx, params: { invoiceId: string; customerId: string | null }) {
  const [invoice] = await db
    .select({
      id: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
      ettn: invoices.ettn,
      customerId: invoices.customerId,
      companyName: customers.companyName,
      customerStatus: customers.status,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      packageCount: invoices.packageCount,
      subtotal: invoices.subtotal,
      kdv: invoices.kdv,
      total: invoices.total,
      status: invoices.status,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      paidAt: invoices.paidAt,
      paymentMethod: invoices.paymentMethod,
      reminderSentAt: invoices.reminderSentAt,
      overdueNoticeSentAt: invoices.overdueNoticeSentAt,
      cancelledAt: invoices.cancelledAt,
      cancelReason: invoices.cancelReason,
      seller: invoices.seller,
      buyer: invoices.buyer,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(
      and(
        eq(invoices.id, params.invoiceId),
        params.customerId ? eq(invoices.customerId, params.customerId) : undefined,
        params.customerId ? ne(invoices.status, "draft") : undefined,
      ),
    )
    .limit(1);
  if (!invoice) return null;
  const lines = await db
    .select({
      position: invoiceLines.position,
      kind: invoiceLines.kind,
      description: invoiceLines.description,
      quantity: invoiceLines.quantity,
      unitPrice: invoiceLines.unitPrice,
      amount: invoiceLines.amount,
    })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(asc(invoiceLines.position));
  return { ...invoice, lines };
}

export type InvoiceDetail = NonNullable<Awaited<ReturnType<typeof getInvoiceDetail>>>;

/** The latest billing runs, newest first (operations). */
export async function listBillingRuns(db: DbOrTx, params: { limit: number }) {
  return db
    .select({
      id: billingRuns.id,
      periodStart: billingRuns.periodStart,
      periodEnd: billingRuns.periodEnd,
      status: billingRuns.status,
      invoiceCount: billingRuns.invoiceCount,
      error: billingRuns.error,
      startedAt: billingRuns.startedAt,
      finishedAt: billingRuns.finishedAt,
    })
    .from(billingRuns)
    .orderBy(desc(billingRuns.startedAt))
    .limit(params.limit);
}
