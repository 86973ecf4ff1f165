import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { listBillableCustomers } from "@/db/queries/billing-run";
import { billingRuns } from "@/db/schema";
import type { AdminContext, Context } from "../context";
import { istanbulTime } from "../dates";
import { finalizeInvoices } from "./finalize";
import { assertBillablePeriod, generateInvoices } from "./generate";
import { billingError } from "./messages";
import { lastEndedPeriod, periodStartingAt, type BillingPeriod } from "./period";
import type { BillPeriodInput } from "./schemas";

/** Customers per chunk: one grouped count, one insert of drafts, one of lines, one numbering. */
export const RUN_CHUNK_SIZE = 500;

export type RunOutcome = {
  runId: string;
  /** Drafts written by this run. */
  created: number;
  /** Invoices issued (numbered and e-mailed) by this run. */
  issued: number;
};

/**
 * Bills a period for every billable customer, without Inngest: customers in chunks (keyset by id),
 * each chunk's drafts generated in one transaction and issued in the next, through the same rules as
 * the per-customer Inngest function. Run again it finds nothing to do (customers with an issued
 * invoice of the period are not listed; drafts left by a failed run are issued). Recorded as a
 * billing run with its outcome.
 */
export async function runBillingPeriod(
  ctx: Context,
  params: { period: BillingPeriod; now?: Date; chunkSize?: number },
): Promise<RunOutcome> {
  const { period } = params;
  const now = params.now ?? new Date();
  const chunkSize = params.chunkSize ?? RUN_CHUNK_SIZE;
  assertBillablePeriod(period, now);
  const db = await getDb();
  const [run] = await db
    .insert(billingRuns)
    .values({
      periodStart: period.start,
      periodEnd: period.end,
      triggeredBy: ctx.actor.kind === "user" ? ctx.actor.id : null,
    })
    .returning({ id: billingRuns.id });
  const runId = run!.id;
  let created = 0;
  let issued = 0;
  // While one chunk is being issued, the next is counted and drafted on another connection: the two
  // transactions touch different invoices, and issuing stays one chunk at a time, in order.
  let issuing: Promise<number> = Promise.resolve(0);
  try {
    for (let after: string | null = null; ;) {
      const customerIds = await listBillableCustomers(db, { period, after, limit: chunkSize });
      if (customerIds.length === 0) break;
      const outcomes = await generateInvoices(ctx, { period, customerIds, now });
      created += outcomes.filter((outcome) => outcome.created).length;
      const invoiceIds = outcomes.flatMap((outcome) => (outcome.invoiceId ? [outcome.invoiceId] : []));
      issued += await issuing;
      issuing = finalizeInvoices(ctx, { invoiceIds, now }).then((done) => done.length);
      // A failure surfaces at the next await; until then it must not count as unhandled.
      issuing.catch(() => {});
      if (customerIds.length < chunkSize) break;
      after = customerIds.at(-1)!;
    }
    issued += await issuing;
  } catch (error) {
    issued += await issuing.catch(() => 0);
    await db
      .update(billingRuns)
      .set({ status: "failed", invoiceCount: issued, finishedAt: new Date(), error: String(error).slice(0, 500) })
      .where(eq(billingRuns.id, runId));
    throw error;
  }
  await db
    .update(billingRuns)
    .set({ status: "completed", invoiceCount: issued, finishedAt: new Date() })
    .where(eq(billingRuns.id, runId));
  ctx.log.info({ runId, periodStart: period.start, created, issued }, "billing run completed");
  return { runId, created, issued };
}

/**
 * The next chunk of customers to bill for the period (the Inngest billing run's step): billable, not
 * yet issued, ids after `after`.
 */
export async function nextBillableCustomers(params: {
  period: BillingPeriod;
  after: string | null;
  limit?: number;
}): Promise<string[]> {
  return listBillableCustomers(await getDb(), { ...params, limit: params.limit ?? RUN_CHUNK_SIZE });
}

/** The period a form names by its first day (YYYY-MM-DD), or the last that ended. */
export function periodFromInput(input: BillPeriodInput, now: Date): BillingPeriod {
  if (!input.periodStart) return lastEndedPeriod(now);
  const [year, month, day] = input.periodStart.split("-").map(Number) as [number, number, number];
  const period = periodStartingAt(istanbulTime(year, month, day));
  if (!period) throw billingError("PERIOD_INVALID", { field: "periodStart" });
  return period;
}

/** `Dönemi faturalandır`: operations bill a period by hand (by default the last one that ended). */
export async function billPeriod(ctx: AdminContext, input: BillPeriodInput, now = new Date()): Promise<RunOutcome> {
  const period = periodFromInput(input, now);
  if (period.end.getTime() > now.getTime()) throw billingError("PERIOD_NOT_ENDED", { field: "periodStart" });
  return runBillingPeriod(ctx, { period, now });
}
