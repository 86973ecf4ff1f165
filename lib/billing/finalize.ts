import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { retryOnDeadlock } from "@/db/errors";
import { jsonRows } from "@/db/batch";
import { getInvoiceState } from "@/db/queries/billing";
import { getIssuedAt, lockDraftsForIssue } from "@/db/queries/billing-run";
import { nextSequenceBlock } from "@/db/queries/counters";
import { invoices } from "@/db/schema";
import { writeAudits, type AuditChange } from "../audit";
import type { AdminContext, Context } from "../context";
import { formatIstanbulDateTime, istanbulYear } from "../dates";
import { transactionWithEmails, type OutgoingEmail } from "../email";
import { formatKurus } from "../money";
import { counterKey, formatInvoiceNumber } from "../numbering";
import { publishInvoicesSent } from "./events";
import { invoicePdfUrl, invoiceUrl } from "./links";
import { billingError } from "./messages";
import { buyerParty, sellerParty } from "./parties";
import { billingPeriodLabel } from "./period";
import { invoiceStatus } from "./status";

/** The customer has 24 hours from the moment the invoice is sent. */
export const PAYMENT_TERM_MS = 24 * 60 * 60_000;

export type IssuedInvoice = { invoiceId: string; customerId: string; invoiceNumber: string };

/** What issuing an invoice prints and e-mails, from the invoice and its customer. */
export type ToIssue = {
  id: string;
  customerId: string;
  periodStart: Date;
  periodEnd: Date;
  total: number;
  companyName: string;
  address: string | null;
  city: string | null;
  taxOffice: string | null;
  taxId: string;
  email: string;
  contactName: string;
};
type Numbered = ToIssue & { invoiceNumber: string; ettn: string };

/**
 * The issue time of the next numbers: now, but never before the previous number of the series, so
 * issue dates never go backwards within a year's numbers even if two servers' clocks disagree. Called
 * with the counter row locked, or before a claim that fails if anyone took a number since, so the
 * previous number's invoice is committed.
 */
export async function issueTime(db: DbOrTx, year: number, first: number, now: Date): Promise<Date> {
  if (first === 1) return now;
  return notBefore(await getIssuedAt(db, { invoiceNumber: formatInvoiceNumber(year, first - 1) }), now);
}

/** `now`, or `previous` when that is later: the rule that keeps issue dates in number order. */
export function notBefore(previous: Date | null, now: Date): Date {
  return previous && previous.getTime() > now.getTime() ? previous : now;
}

async function writeIssued(tx: Tx, rows: Numbered[], issuedAt: Date, dueAt: Date) {
  const numbered = rows.map((row) => ({
    id: row.id,
    invoice_number: row.invoiceNumber,
    ettn: row.ettn,
    buyer: buyerParty(row),
  }));
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  // One statement for the whole batch; the drafts are locked by lockDraftsForIssue.
  await tx.execute(sql`
    update ${invoices} set
      status = 'sent', invoice_number = v.invoice_number, ettn = v.ettn, buyer = v.buyer,
      seller = ${JSON.stringify(sellerParty())}::jsonb,
      issued_at = ${at(issuedAt)}, due_at = ${at(dueAt)}, updated_at = ${at(issuedAt)}
    from jsonb_to_recordset(${jsonRows(numbered)}) as v(id uuid, invoice_number text, ettn uuid, buyer jsonb)
    where ${invoices.id} = v.id`);
}

/** The "fatura kesildi" e-mails of a batch: the texts every invoice of the batch shares are made once. */
export function issuedEmails(rows: readonly Numbered[], dueAt: Date): OutgoingEmail<"invoice-issued">[] {
  const dueText = formatIstanbulDateTime(dueAt);
  const periodLabels = new Map<number, string>();
  const periodLabel = (row: Numbered) => {
    const key = row.periodStart.getTime();
    if (!periodLabels.has(key))
      periodLabels.set(key, billingPeriodLabel({ start: row.periodStart, end: row.periodEnd }));
    return periodLabels.get(key)!;
  };
  return rows.map((row) => ({
    to: row.email,
    template: "invoice-issued",
    data: {
      name: row.contactName,
      companyName: row.companyName,
      invoiceNumber: row.invoiceNumber,
      periodLabel: periodLabel(row),
      total: formatKurus(row.total),
      dueAt: dueText,
      invoiceUrl: invoiceUrl(row.id),
      pdfUrl: invoicePdfUrl(row.id),
    },
  }));
}

/**
 * The next numbers of the year's gapless series for `rows`, in order, each with a new ETTN, and the
 * time they are issued and due. The counter row stays locked until the transaction ends, so a
 * rollback gives the numbers back and the next block waits for this one.
 */
export async function takeNumbers<T extends ToIssue>(tx: Tx, rows: readonly T[], now: Date) {
  const year = istanbulYear(now);
  const first = await nextSequenceBlock(tx, counterKey("invoice", year), rows.length);
  return numberRows(rows, year, first, await issueTime(tx, year, first, now));
}

/** `rows` numbered first, first + 1, … of the year's series, each with a new ETTN, issued at `issuedAt`. */
export function numberRows<T extends ToIssue>(rows: readonly T[], year: number, first: number, issuedAt: Date) {
  const dueAt = new Date(issuedAt.getTime() + PAYMENT_TERM_MS);
  const numbered = rows.map((row, index) => ({
    ...row,
    invoiceNumber: formatInvoiceNumber(year, first + index),
    ettn: randomUUID(),
  }));
  return { issuedAt, dueAt, numbered };
}

/**
 * The `invoice.sent` audit row of an issued invoice: `before` is the draft's state, or null for an
 * invoice written already issued (whose `more` says what the draft's own row would have).
 */
export function sentAudit(
  row: Numbered,
  times: { issuedAt: Date; dueAt: Date },
  before: Record<string, unknown> | null,
  more: Record<string, unknown> = {},
): AuditChange {
  return {
    action: "invoice.sent",
    entityType: "invoice",
    entityId: row.id,
    before,
    after: {
      status: "sent",
      invoiceNumber: row.invoiceNumber,
      ettn: row.ettn,
      issuedAt: times.issuedAt.toISOString(),
      dueAt: times.dueAt.toISOString(),
      total: row.total,
      ...more,
    },
  };
}

export const issuedRef = (row: Numbered): IssuedInvoice => ({
  invoiceId: row.id,
  customerId: row.customerId,
  invoiceNumber: row.invoiceNumber,
});

/**
 * Issues the drafts among `invoiceIds` in one transaction: each gets the next number of the year's
 * gapless series (the counter row is taken in this transaction, so a rollback gives the numbers back),
 * an ETTN, the seller and buyer as printed, status `sent`, issued now and due 24 hours later; the
 * "fatura kesildi" e-mail is queued with it. After commit: the e-mails go out and `invoice/sent` starts
 * each deadline schedule. Invoices that are no longer drafts are left alone, so a retry or a parallel
 * finalizer issues each invoice once.
 */
export async function finalizeInvoices(
  ctx: Context,
  params: { invoiceIds: readonly string[]; now?: Date },
): Promise<IssuedInvoice[]> {
  if (params.invoiceIds.length === 0) return [];
  const now = params.now ?? new Date();
  // Beside a billing run's chain, whose numbers are written before they are claimed, PostgreSQL may
  // fail this side of a deadlock: the whole transaction is taken again.
  const issued = await retryOnDeadlock(() =>
    transactionWithEmails(async (tx, _queue, queueAll) => {
      const drafts = await lockDraftsForIssue(tx, { invoiceIds: params.invoiceIds });
      if (drafts.length === 0) return [];
      const { issuedAt, dueAt, numbered } = await takeNumbers(tx, drafts, now);
      await writeIssued(tx, numbered, issuedAt, dueAt);
      await queueAll(issuedEmails(numbered, dueAt));
      await writeAudits(
        tx,
        ctx,
        numbered.map((row) => sentAudit(row, { issuedAt, dueAt }, { status: "draft" })),
      );
      return numbered.map(issuedRef);
    }),
  );
  await publishInvoicesSent(ctx, issued);
  return issued;
}

/**
 * Operations issue one draft by hand (`/yonetim/faturalar/[id]`): refused with the status machine's
 * words when it is not a draft.
 */
export async function finalizeDraft(ctx: AdminContext, input: { invoiceId: string }): Promise<IssuedInvoice> {
  const current = await getInvoiceState(await getDb(), { invoiceId: input.invoiceId });
  if (!current) throw billingError("INVOICE_NOT_FOUND");
  invoiceStatus.assert(current.status, "sent");
  const [issued] = await finalizeInvoices(ctx, { invoiceIds: [input.invoiceId] });
  // Someone else issued it between the check and the lock: the machine says so.
  if (!issued) throw invoiceStatus.refusalError("sent", "sent");
  return issued;
}
