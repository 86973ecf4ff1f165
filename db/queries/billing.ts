/**
 * Billing's reads: the invoices a rule changes, and what the invoice screens and the PDF show. Every
 * read that belongs to a customer takes `customerId` (null: operations, every customer). The run's
 * set-based reads are in billing-run.ts.
 */
import { and, asc, count, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { InvoiceStatus } from "@/lib/billing/status";
import type { DbOrTx, Tx } from "../index";
import { billingRuns, customers, invoiceLines, invoices } from "../schema";
import { isRowId } from "./row-id";

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
  if (!isRowId(params.invoiceId)) return null;
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
