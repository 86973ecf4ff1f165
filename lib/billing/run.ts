import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { dbEngine, getDb, type Db } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { listBillableCustomers } from "@/db/queries/billing-run";
import { billingRuns } from "@/db/schema";
import type { AdminContext, Context } from "../context";
import { istanbulTime } from "../dates";
import { finalizeInvoices } from "./finalize";
import { assertBillablePeriod, generateInvoices } from "./generate";
import { IssueConflictError, issueNewInvoices } from "./issue";
import { isAppError } from "../errors";
import { billingError } from "./messages";
import { InvoiceNumberChain, type ChainPlace } from "./number-chain";
import { lastEndedPeriod, periodStartingAt, type BillingPeriod } from "./period";
import type { BillPeriodInput } from "./schemas";
import { RUN_STALE_MINUTES } from "./status";

/** Customers per step of the Inngest billing run, each handed over as one event per customer. */
export const RUN_CHUNK_SIZE = 500;

/**
 * Customers per transaction when a run bills them itself (`Dönemi faturalandır`): one grouped count,
 * one numbering, one insert each of invoices, lines, e-mails and audit rows. Each chunk costs a fixed
 * number of round trips and two event requests after commit; at volume (tests/bench/billing.ts)
 * 1,000 a chunk took about a tenth less time than 500, and 2,000 no less than 1,000.
 */
export const BULK_CHUNK_SIZE = 1000;

/**
 * Chunks in flight at once when they take their numbers from an InvoiceNumberChain (PostgreSQL), each
 * on its own connection of the pool (10): while some write, others count or wait for their commit
 * to reach the disk. At volume (tests/bench/billing.ts, 10 chunks of 1,000, variants alternating in
 * one process) 3 took about 5 % less time than 2 and 4 about 8 % less than 3; 6 was not reliably
 * faster than 4 and would hold more of the connections that pages need meanwhile. Numbering the
 * usual way (the embedded database: one connection) 2: one chunk is listed while the other writes.
 */
export const CHAINED_IN_FLIGHT = 4;

/** What a run taken as stopped records. */
export const STOPPED_RUN_ERROR = "Faturalandırma yarıda kaldı: işlem durdu, sonucu kaydedilmedi.";

export type RunOutcome = {
  runId: string;
  /** Invoices written by this run. */
  created: number;
  /** Invoices issued (numbered and e-mailed) by this run: those written, and drafts left before. */
  issued: number;
};

type Progress = Omit<RunOutcome, "runId">;

/**
 * One chunk of the run: the customers without an invoice of the period get theirs written and issued
 * in one transaction; the drafts among them (left by an earlier, failed run) are returned, to be issued
 * after the chunks. Numbered in the run's chain (`place`), a chunk that met another writer returns
 * "again" and the run takes it again later; numbered the usual way, it is taken again at once in the
 * two steps, each of which leaves what someone else wrote alone. Each committed step is counted as it
 * commits, so a failure in a later step leaves the run's count right.
 */
async function billChunk(
  ctx: Context,
  params: { period: BillingPeriod; customerIds: readonly string[]; now: Date; place?: ChainPlace },
  done: Progress,
): Promise<string[] | "again"> {
  try {
    const { issued, existing } = await issueNewInvoices(ctx, params);
    done.created += issued.length;
    done.issued += issued.length;
    return existing.flatMap((row) => (row.status === "draft" ? [row.invoiceId] : []));
  } catch (error) {
    if (!(error instanceof IssueConflictError)) throw error;
    ctx.log.info(
      { customers: params.customerIds.length, err: error.cause },
      "billing chunk met another writer; taken again",
    );
    if (params.place) return "again";
    const outcomes = await generateInvoices(ctx, params);
    done.created += outcomes.filter((outcome) => outcome.created).length;
    const invoiceIds = outcomes.flatMap((outcome) => (outcome.invoiceId ? [outcome.invoiceId] : []));
    // Awaited first: `done.issued += await …` would read the count before the wait and lose what the
    // chunk running alongside added meanwhile.
    const finalized = await finalizeInvoices(ctx, { invoiceIds, now: params.now });
    done.issued += finalized.length;
    return [];
  }
}

/**
 * Records the run as `running`, refused (RUN_IN_PROGRESS) while another run of the period is: the
 * unique index on a period's running run decides, so two operators pressing `Dönemi faturalandır` at
 * once start one run (a second would only redo the first's work and hold more of the pool's
 * connections). A run that has not moved on for RUN_STALE_MINUTES is recorded as stopped and this
 * one starts instead.
 */
async function startRun(db: Db, ctx: Context, period: BillingPeriod): Promise<string> {
  const insert = async () => {
    const [run] = await db
      .insert(billingRuns)
      .values({
        periodStart: period.start,
        periodEnd: period.end,
        triggeredBy: ctx.actor.kind === "user" ? ctx.actor.id : null,
      })
      .returning({ id: billingRuns.id });
    return run!.id;
  };
  const running = (error: unknown) => isUniqueViolation(error, "billing_runs_one_running_per_period");
  try {
    return await insert();
  } catch (error) {
    if (!running(error)) throw error;
  }
  const stopped = await db
    .update(billingRuns)
    .set({ status: "failed", finishedAt: new Date(), error: STOPPED_RUN_ERROR })
    .where(
      and(
        eq(billingRuns.periodStart, period.start),
        eq(billingRuns.status, "running"),
        sql`${billingRuns.progressAt} < now() - ${RUN_STALE_MINUTES} * interval '1 minute'`,
      ),
    )
    .returning({ id: billingRuns.id });
  if (stopped.length === 0) throw billingError("RUN_IN_PROGRESS");
  ctx.log.warn({ runId: stopped[0]!.id, periodStart: period.start }, "billing run taken as stopped");
  try {
    return await insert();
  } catch (error) {
    // Another caller took the stopped run's place first.
    if (running(error)) throw billingError("RUN_IN_PROGRESS");
    throw error;
  }
}

/**
 * Writes to the run's row while it is still `running`: its progress, then its outcome. A run taken as
 * stopped meanwhile (startRun) keeps what that recorded; the log says so.
 */
async function recordRun(db: Db, ctx: Context, runId: string, values: Partial<typeof billingRuns.$inferInsert>) {
  const written = await db
    .update(billingRuns)
    .set(values)
    .where(and(eq(billingRuns.id, runId), eq(billingRuns.status, "running")))
    .returning({ id: billingRuns.id });
  if (written.length === 0) ctx.log.warn({ runId, ...values }, "billing run was taken as stopped; not recorded");
}

/**
 * What a failed run records for operations: a Turkish line naming the request whose log holds the
 * error itself (the database's words, in English, are no message for a person).
 */
export const failedRunError = (requestId: string) =>
  `Beklenmeyen bir hata oluştu; ayrıntısı sunucu kayıtlarında (istek no: ${requestId}).`;

/**
 * Bills a period for every billable customer, without Inngest: customers in chunks (keyset by id),
 * each chunk's invoices written and issued in one transaction (lib/billing/issue.ts) with the rules
 * the per-customer Inngest function uses in two steps: the same pricing, unique index, numbering and
 * issuing. On PostgreSQL the chunks take their numbers from an InvoiceNumberChain, so several write at
 * once (CHAINED_IN_FLIGHT) and only their commits wait for each other; on the embedded database two
 * are in flight, numbered the usual way. Drafts left
 * by a failed run are issued after the chunks. Run again it finds nothing to do (customers with an
 * issued invoice of the period are not listed). Recorded as a billing run with its outcome, one run of
 * a period at a time (startRun: a second is refused with RUN_IN_PROGRESS); after a failure no new
 * chunk starts.
 */
export async function runBillingPeriod(
  ctx: Context,
  params: {
    period: BillingPeriod;
    now?: Date;
    chunkSize?: number;
    /** False: number the usual way even on PostgreSQL, as on the embedded database. */
    chained?: boolean;
  },
): Promise<RunOutcome> {
  const { period } = params;
  const now = params.now ?? new Date();
  const chunkSize = params.chunkSize ?? BULK_CHUNK_SIZE;
  assertBillablePeriod(period, now);
  const db = await getDb();
  const runId = await startRun(db, ctx, period);
  const done: Progress = { created: 0, issued: 0 };
  let failed = false;
  const drafts: string[] = [];
  const again: (readonly string[])[] = [];
  let chain: InvoiceNumberChain | null = null;
  // The run moved on: it is not taken as stopped, and its count so far shows.
  const moved = () => recordRun(db, ctx, runId, { progressAt: new Date(), invoiceCount: done.issued });
  const bill = async (customerIds: readonly string[], place?: ChainPlace) => {
    const outcome = await billChunk(ctx, { period, customerIds, now, place }, done);
    if (outcome === "again") again.push(customerIds);
    else drafts.push(...outcome);
    await moved();
  };
  // Chunks a failed claim sent back, numbered the usual way once no chunk of the chain is open (the
  // counter row lock and a chunk's numbers written ahead could otherwise wait for each other).
  const billAgain = async () => {
    for (let customerIds = again.shift(); customerIds; customerIds = again.shift()) await bill(customerIds);
  };
  // Chunks started, oldest first; the next starts once fewer than maxInFlight are running.
  const inFlight: Promise<void>[] = [];
  let maxInFlight = 2;
  const all = async () => {
    // Every one settled before the first failure is thrown, so the run's count is final; the others'
    // failures are logged.
    const failures = (await Promise.allSettled(inFlight.splice(0))).flatMap((result) =>
      result.status === "rejected" ? [result.reason as unknown] : [],
    );
    for (const other of failures.slice(1)) ctx.log.error({ err: other, runId }, "billing chunk failed");
    if (failures.length > 0) throw failures[0];
  };
  try {
    if (params.chained !== false && (await dbEngine()) === "postgres") {
      chain = await InvoiceNumberChain.open(db, now);
      maxInFlight = CHAINED_IN_FLIGHT;
    }
    for (let after: string | null = null; ;) {
      const customerIds = await listBillableCustomers(db, { period, after, limit: chunkSize });
      if (failed || customerIds.length === 0) break;
      if (chain && again.length > 0) {
        // A chunk was sent back: the chain is given up. Once its open chunks have ended, those sent
        // back and the rest are numbered the usual way, two in flight.
        await all();
        await billAgain();
        chain = null;
        maxInFlight = 2;
      }
      const chunk = bill(customerIds, chain?.next());
      // A failure surfaces when it is awaited; until then it stops new chunks and is not unhandled.
      chunk.catch(() => {
        failed = true;
      });
      inFlight.push(chunk);
      if (inFlight.length >= maxInFlight) await inFlight.shift();
      if (customerIds.length < chunkSize) break;
      after = customerIds.at(-1)!;
    }
    await all();
    await billAgain();
    for (let from = 0; from < drafts.length; from += chunkSize) {
      const finalized = await finalizeInvoices(ctx, { invoiceIds: drafts.slice(from, from + chunkSize), now });
      done.issued += finalized.length;
      await moved();
    }
  } catch (error) {
    // Chunks still running (when the oldest failed) end before the run is recorded.
    for (const result of await Promise.allSettled(inFlight.splice(0)))
      if (result.status === "rejected") ctx.log.error({ err: result.reason, runId }, "billing chunk failed");
    ctx.log.error({ err: error, runId }, "billing run failed");
    await recordRun(db, ctx, runId, {
      status: "failed",
      invoiceCount: done.issued,
      finishedAt: new Date(),
      error: failedRunError(ctx.requestId),
    }).catch((failure: unknown) => ctx.log.error({ err: failure, runId }, "billing run's failure not recorded"));
    throw error;
  }
  await recordRun(db, ctx, runId, { status: "completed", invoiceCount: done.issued, finishedAt: new Date() });
  ctx.log.info({ runId, periodStart: period.start, ...done }, "billing run completed");
  return { runId, ...done };
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

/** When the monthly run bills the period that just ended: 09:00 Istanbul time on the 15th. */
export const MONTHLY_RUN_HOUR = 9;

/**
 * The monthly run without Inngest (lib/scheduled-jobs.ts runs it every hour in the server): from the
 * 15th at 09:00, the period that ended is billed by runBillingPeriod, unless a run of it completed or
 * nobody is left to bill (a run started by hand included). Taken up again at the next hour after a
 * failure or a restart; another instance's run in progress is left to finish.
 */
export async function billEndedPeriodWhenDue(ctx: Context, now: Date): Promise<{ issued: number }> {
  const period = lastEndedPeriod(now);
  if (now.getTime() < period.end.getTime() + MONTHLY_RUN_HOUR * 60 * 60_000) return { issued: 0 };
  const db = await getDb();
  const [completed] = await db
    .select({ id: billingRuns.id })
    .from(billingRuns)
    .where(and(eq(billingRuns.periodStart, period.start), eq(billingRuns.status, "completed")))
    .limit(1);
  if (completed) return { issued: 0 };
  if ((await listBillableCustomers(db, { period, after: null, limit: 1 })).length === 0) return { issued: 0 };
  try {
    return { issued: (await runBillingPeriod(ctx, { period, now })).issued };
  } catch (error) {
    if (isAppError(error, "RUN_IN_PROGRESS")) return { issued: 0 };
    throw error;
  }
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
