import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Tx } from "@/db";
import { jsonRows } from "@/db/batch";
import { retryOnDeadlock } from "@/db/errors";
import { getBillingInputs, listPeriodInvoices, type BillingInput } from "@/db/queries/billing-run";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { invoiceLines, invoices } from "@/db/schema";
import { writeAudits } from "../audit";
import type { Context } from "../context";
import { MissingTierError, type TierVersion } from "../pricing";
import { computeInvoice, isBillable, type ComputedInvoice } from "./compute";
import { billingError } from "./messages";
import { periodStartingAt, type BillingPeriod } from "./period";

export type GenerateOutcome = {
  customerId: string;
  /** The period's invoice (new or existing), or null: nothing to bill, or it could not be priced. */
  invoiceId: string | null;
  created: boolean;
};

/** Only a whole period that has ended: a count taken earlier would miss packages still to come. */
export function assertBillablePeriod(period: BillingPeriod, now: Date): void {
  const exact = periodStartingAt(period.start);
  if (!exact || exact.end.getTime() !== period.end.getTime()) throw billingError("PERIOD_INVALID");
  if (period.end.getTime() > now.getTime()) throw billingError("PERIOD_NOT_ENDED");
}

export type Priced = { input: BillingInput; invoice: ComputedInvoice };

/** Prices each input with the period's tiers and surcharge; a customer that cannot be priced is logged and left out. */
export function price(ctx: Context, inputs: BillingInput[], tiers: TierVersion[], premiumSurcharge: number): Priced[] {
  const priced: Priced[] = [];
  for (const input of inputs) {
    try {
      const invoice = computeInvoice(
        tiers,
        { serviceType: input.serviceType, premiumSurcharge, contractUnitPrice: input.contractUnitPrice },
        input.packageCount,
      );
      if (isBillable(invoice)) priced.push({ input, invoice });
    } catch (error) {
      // A custom customer without a contract price: the rest of the run goes on; operations must fix it.
      if (!(error instanceof MissingTierError)) throw error;
      ctx.log.error({ customerId: input.customerId, err: error }, "invoice not generated: customer cannot be priced");
    }
  }
  return priced;
}

/** The computed lines of new invoices, numbered from 1 in order, in one insert. */
export async function insertLines(tx: Tx, invoices: readonly { invoiceId: string; lines: ComputedInvoice["lines"] }[]) {
  const lines = invoices.flatMap(({ invoiceId, lines }) =>
    lines.map((line, index) => ({
      invoice_id: invoiceId,
      position: index + 1,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      amount: line.amount,
    })),
  );
  if (lines.length === 0) return;
  await tx.execute(sql`
    insert into ${invoiceLines} (invoice_id, position, kind, description, quantity, unit_price, amount)
    select invoice_id, position, kind, description, quantity, unit_price, amount
    from jsonb_to_recordset(${jsonRows(lines)}) as r(invoice_id uuid, position integer,
      kind invoice_line_kind, description text, quantity integer, unit_price integer, amount bigint)`);
}

type CreatedRow = { id: string; customer_id: string };

async function insertDrafts(tx: Tx, ctx: Context, period: BillingPeriod, priced: Priced[]) {
  if (priced.length === 0) return new Map<string, string>();
  const drafts = priced.map(({ input, invoice }) => ({
    customer_id: input.customerId,
    package_count: invoice.packageCount,
    unit_price: invoice.unitPrice,
    subtotal: invoice.subtotal,
    kdv: invoice.kdv,
    total: invoice.total,
  }));
  // The unique index on (customer, period start) decides: a draft another run already wrote stays.
  const created = rowsOf<CreatedRow>(
    await tx.execute(sql`
      insert into ${invoices} (customer_id, period_start, period_end, package_count, unit_price, subtotal, kdv, total)
      select customer_id, ${period.start.toISOString()}::timestamptz, ${period.end.toISOString()}::timestamptz,
        package_count, unit_price, subtotal, kdv, total
      from jsonb_to_recordset(${jsonRows(drafts)})
        as r(customer_id uuid, package_count integer, unit_price integer, subtotal bigint, kdv bigint, total bigint)
      on conflict (customer_id, period_start) do nothing
      returning id, customer_id`),
  );
  const ids = new Map(created.map((row) => [row.customer_id, row.id]));
  const newOnes = priced.filter(({ input }) => ids.has(input.customerId));
  await insertLines(
    tx,
    newOnes.map(({ input, invoice }) => ({ invoiceId: ids.get(input.customerId)!, lines: invoice.lines })),
  );
  await writeAudits(
    tx,
    ctx,
    newOnes.map(({ input, invoice }) => ({
      action: "invoice.created",
      entityType: "invoice",
      entityId: ids.get(input.customerId)!,
      after: {
        status: "draft",
        customerId: input.customerId,
        periodStart: period.start.toISOString(),
        packageCount: invoice.packageCount,
        total: invoice.total,
      },
    })),
  );
  return ids;
}

/**
 * The draft invoices of a period for these customers, with their lines, in one transaction: counted
 * from the packages completed in the period, priced with the tier table and surcharge in effect at
 * the period's start. At most one per customer and period, whatever retries or parallel runs do: a
 * customer that already has the period's invoice gets that one back. Customers that are not billable
 * (db/queries/billing.ts) or owe nothing get no invoice.
 */
export async function generateInvoices(
  ctx: Context,
  params: { period: BillingPeriod; customerIds: readonly string[]; now?: Date },
): Promise<GenerateOutcome[]> {
  const { period, customerIds } = params;
  assertBillablePeriod(period, params.now ?? new Date());
  if (customerIds.length === 0) return [];
  const db = await getDb();
  // Drafts beside a billing run's chained numbers can meet its rows in either order: PostgreSQL may
  // fail this side of a deadlock, and the transaction is taken again.
  const { created, existing } = await retryOnDeadlock(() =>
    db.transaction(async (tx) => {
      const inputs = await getBillingInputs(tx, { period, customerIds });
      let priced: Priced[] = [];
      if (inputs.length > 0) {
        const [tiers, premiumSurcharge] = await Promise.all([
          getTierTable(tx, { at: period.start }),
          getPremiumSurcharge(tx, { at: period.start }),
        ]);
        priced = price(ctx, inputs, tiers, premiumSurcharge);
      }
      const created = await insertDrafts(tx, ctx, period, priced);
      const missing = customerIds.filter((id) => !created.has(id));
      const existing = await listPeriodInvoices(tx, { periodStart: period.start, customerIds: missing });
      return { created, existing: new Map(existing.map((row) => [row.customerId, row.id])) };
    }),
  );
  return customerIds.map((customerId) => ({
    customerId,
    invoiceId: created.get(customerId) ?? existing.get(customerId) ?? null,
    created: created.has(customerId),
  }));
}

/** One customer's invoice of the period (the per-customer Inngest function, a retry). */
export async function generateInvoice(
  ctx: Context,
  params: { period: BillingPeriod; customerId: string; now?: Date },
): Promise<GenerateOutcome> {
  const [outcome] = await generateInvoices(ctx, { ...params, customerIds: [params.customerId] });
  return outcome!;
}
