import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db";
import { jsonRows } from "@/db/batch";
import { isDeadlock, isUniqueViolation } from "@/db/errors";
import { getBillingInputs, listPeriodInvoices } from "@/db/queries/billing-run";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { invoices } from "@/db/schema";
import { writeAudits } from "../audit";
import type { Context } from "../context";
import { transactionWithEmails } from "../email";
import { publishInvoicesSent } from "./events";
import type { ComputedInvoice } from "./compute";
import { issuedEmails, issuedRef, sentAudit, takeNumbers, type IssuedInvoice, type ToIssue } from "./finalize";
import { assertBillablePeriod, insertLines, price, type Priced } from "./generate";
import type { ChainPlace } from "./number-chain";
import type { BillingPeriod } from "./period";
import { buyerParty, sellerParty } from "./parties";

export type IssueOutcome = {
  /** Invoices written and issued by this call. */
  issued: IssuedInvoice[];
  /** Customers of the chunk that already had an invoice of the period (a draft is finalized by the caller). */
  existing: { customerId: string; invoiceId: string; status: string }[];
};

/**
 * Another writer made one of the chunk's invoices after it was read, or (numbering in a chain) took
 * a number the chunk counted on: the transaction is rolled back.
 */
export class IssueConflictError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("the chunk met another writer", options);
  }
}

/** A priced invoice to write, with the id it will have and what finalizing needs (ToIssue). */
type ToWrite = ToIssue & { invoice: ComputedInvoice };
type Row = ToWrite & { invoiceNumber: string; ettn: string };

function toWrite(period: BillingPeriod, { input, invoice }: Priced): ToWrite {
  return {
    ...input,
    id: randomUUID(),
    periodStart: period.start,
    periodEnd: period.end,
    total: invoice.total,
    invoice,
  };
}

async function insertIssued(tx: Tx, rows: Row[], issuedAt: Date, dueAt: Date, period: BillingPeriod) {
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const written = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into ${invoices} (id, customer_id, period_start, period_end, package_count, unit_price, subtotal, kdv,
        total, status, invoice_number, ettn, buyer, seller, issued_at, due_at, updated_at)
      select id, customer_id, ${at(period.start)}, ${at(period.end)}, package_count, unit_price, subtotal, kdv, total,
        'sent', invoice_number, ettn, buyer, ${JSON.stringify(sellerParty())}::jsonb, ${at(issuedAt)}, ${at(dueAt)},
        ${at(issuedAt)}
      from jsonb_to_recordset(${jsonRows(
        rows.map((row) => ({
          id: row.id,
          customer_id: row.customerId,
          package_count: row.invoice.packageCount,
          unit_price: row.invoice.unitPrice,
          subtotal: row.invoice.subtotal,
          kdv: row.invoice.kdv,
          total: row.invoice.total,
          invoice_number: row.invoiceNumber,
          ettn: row.ettn,
          buyer: buyerParty(row),
        })),
      )}) as r(id uuid, customer_id uuid, package_count integer, unit_price integer, subtotal bigint, kdv bigint,
        total bigint, invoice_number text, ettn uuid, buyer jsonb)
      on conflict (customer_id, period_start) do nothing
      returning id`),
  );
  // A skipped row would leave its number unused: roll back (the numbers return) and let the caller
  // take the chunk the two-step way.
  if (written.length !== rows.length) throw new IssueConflictError();
  await insertLines(
    tx,
    rows.map((row) => ({ invoiceId: row.id, lines: row.invoice.lines })),
  );
}

/**
 * Generate and finalize at once, for the customers among `customerIds` that have no invoice of the
 * period yet: computed as generateInvoices computes them and issued as finalizeInvoices issues drafts
 * (the next numbers of the gapless series, ETTN, seller and buyer, sent, due 24 hours later, the
 * "fatura kesildi" e-mail, `invoice/sent` after commit), in one transaction and without the draft in
 * between, so a billing run writes each invoice once. Audited once per invoice (`invoice.sent`, with
 * what the draft's row would have said). Customers that already have the period's invoice are
 * returned untouched. The unique index on (customer, period start) still decides: if another writer
 * makes one of these invoices meanwhile, everything is rolled back with IssueConflictError.
 *
 * Numbers come from the counter row, locked until commit, or with `place` from the run's
 * InvoiceNumberChain: written first and claimed last, IssueConflictError when the claim fails or
 * the number's unique index shows that someone else took one of them meanwhile. A chain's numbers
 * written ahead and another writer's rows can wait for each other; PostgreSQL then fails one side: here
 * that is an IssueConflictError too (the chunk is taken again), and generateInvoices and
 * finalizeInvoices take their transaction again (retryOnDeadlock).
 */
export async function issueNewInvoices(
  ctx: Context,
  params: { period: BillingPeriod; customerIds: readonly string[]; now?: Date; place?: ChainPlace },
): Promise<IssueOutcome> {
  const { period, place } = params;
  const now = params.now ?? new Date();
  let outcome: { issued: IssuedInvoice[]; existing: Awaited<ReturnType<typeof listPeriodInvoices>> };
  try {
    assertBillablePeriod(period, now);
    if (params.customerIds.length === 0) return { issued: [], existing: [] };
    outcome = await transactionWithEmails(async (tx, _queue, queueAll) => {
      await place?.enter(tx);
      const existing = await listPeriodInvoices(tx, { periodStart: period.start, customerIds: params.customerIds });
      const taken = new Set(existing.map((row) => row.customerId));
      const customerIds = params.customerIds.filter((id) => !taken.has(id));
      const inputs = await getBillingInputs(tx, { period, customerIds });
      if (inputs.length === 0) return { issued: [], existing };
      const [tiers, premiumSurcharge] = await Promise.all([
        getTierTable(tx, { at: period.start }),
        getPremiumSurcharge(tx, { at: period.start }),
      ]);
      const priced = price(ctx, inputs, tiers, premiumSurcharge).map((one) => toWrite(period, one));
      if (priced.length === 0) return { issued: [], existing };
      const { issuedAt, dueAt, numbered } = place
        ? await place.number(priced, now)
        : await takeNumbers(tx, priced, now);
      await insertIssued(tx, numbered, issuedAt, dueAt, period);
      await queueAll(issuedEmails(numbered, dueAt));
      await writeAudits(
        tx,
        ctx,
        numbered.map((row) =>
          sentAudit(row, { issuedAt, dueAt }, null, {
            customerId: row.customerId,
            periodStart: period.start.toISOString(),
            packageCount: row.invoice.packageCount,
          }),
        ),
      );
      // Last, so the counter row is held only for the commit.
      if (place && !(await place.claim(tx))) throw new IssueConflictError();
      return { issued: numbered.map(issuedRef), existing };
    });
  } catch (error) {
    // A deadlock with another writer's numbers (PostgreSQL failed this side), or a number someone
    // else committed first: nothing of the chunk stays, it is taken again.
    if (isDeadlock(error) || (place && isUniqueViolation(error, "invoices_invoice_number_unique")))
      throw new IssueConflictError({ cause: error });
    throw error;
  } finally {
    place?.release();
  }
  await publishInvoicesSent(ctx, outcome.issued);
  return {
    issued: outcome.issued,
    existing: outcome.existing.map((row) => ({ customerId: row.customerId, invoiceId: row.id, status: row.status })),
  };
}
