/**
 * Billing's reads: the invoices a rule changes, and what the invoice screens and the PDF show. Every
 * read that belongs to a customer takes `customerId` (null: operations, every customer). The run's
 * set-based reads are in billing-run.ts, the invoice lists in invoice-list.ts.
 */
import { and, asc, desc, eq, isNotNull, ne } from "drizzle-orm";
import type { DbOrTx, Tx } from "../index";
import { billingRuns, customers, invoiceLines, invoices, users } from "../schema";
import { isRowId } from "@/lib/row-id";
import { listEntityAuditEntries } from "./audit-log";

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

/**
 * What happened to an invoice, oldest first, from the audit log (its entity index): created, sent,
 * reminded, overdue, suspension, paid, cancelled. Operations only.
 */
export async function listInvoiceHistory(db: DbOrTx, params: { invoiceId: string }) {
  if (!isRowId(params.invoiceId)) return [];
  return listEntityAuditEntries(db, { entityType: "invoice", entityId: params.invoiceId, limit: 50, order: "oldest" });
}

/** The latest billing runs, newest first, with who started each (null: not a user, the system). */
export async function listBillingRuns(db: DbOrTx, params: { limit: number }) {
  return db
    .select({
      id: billingRuns.id,
      periodStart: billingRuns.periodStart,
      periodEnd: billingRuns.periodEnd,
      status: billingRuns.status,
      invoiceCount: billingRuns.invoiceCount,
      error: billingRuns.error,
      startedBy: users.name,
      startedAt: billingRuns.startedAt,
      progressAt: billingRuns.progressAt,
      finishedAt: billingRuns.finishedAt,
    })
    .from(billingRuns)
    .leftJoin(users, eq(users.id, billingRuns.triggeredBy))
    .orderBy(desc(billingRuns.startedAt), desc(billingRuns.id))
    .limit(params.limit);
}

/**
 * The periods whose latest billing run did not complete (it failed, or it still runs or has stopped
 * without a word), each with that run, newest first. A period billed again in full drops out.
 */
export async function listUnfinishedBillingRuns(db: DbOrTx) {
  const latest = db
    .selectDistinctOn([billingRuns.periodStart], {
      periodStart: billingRuns.periodStart,
      periodEnd: billingRuns.periodEnd,
      status: billingRuns.status,
      invoiceCount: billingRuns.invoiceCount,
      startedAt: billingRuns.startedAt,
      progressAt: billingRuns.progressAt,
    })
    .from(billingRuns)
    .orderBy(billingRuns.periodStart, desc(billingRuns.startedAt), desc(billingRuns.id))
    .as("latest");
  return db.select().from(latest).where(ne(latest.status, "completed")).orderBy(desc(latest.startedAt));
}
