/**
 * The operations dashboard's figures, each one aggregate query answered from an index: the database
 * counts and sums, nothing is loaded row by row into JavaScript. Revenue is cash received: paid
 * invoices by the Istanbul day of their payment (`paid_at`), net (subtotal, KDV excluded) and gross,
 * summed from revenue_days, which the database keeps per day (db/schema/reporting.ts).
 */
import { sql } from "drizzle-orm";
import type { BillingPeriod } from "@/lib/billing/period";
import { CUSTOMER_STATUSES, type CustomerStatus } from "@/lib/customers/status";
import { istanbulDateKey } from "@/lib/dates";
import { RANGE_BOUNDS, VOLUME_RANGES, type VolumeRange } from "@/lib/pricing";
import type { QuoteStatus } from "@/lib/quotes/status";
import { rowsOf, type DbOrTx } from "../index";
import { customerPeriods, customers, invoices, orderDays, orders, quoteRequests, revenueDays } from "../schema";
import { lateOrders } from "./orders";

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const num = (value: unknown) => Number(value ?? 0);

export async function countCustomersByStatus(db: DbOrTx): Promise<Record<CustomerStatus, number>> {
  const rows = rowsOf<{ status: CustomerStatus; n: number }>(
    await db.execute(sql`select ${customers.status} as status, count(*)::int as n from ${customers} group by 1`),
  );
  const counts: Record<CustomerStatus, number> = { active: 0, inactive: 0, suspended: 0 };
  for (const row of rows) counts[row.status] = num(row.n);
  return counts;
}

/**
 * The period's orders (every status) and their packages that still count (all but cancelled): the
 * days of the period in order_days, as the order list filtered by the period's days shows them.
 */
export async function getPeriodActivity(db: DbOrTx, params: { period: BillingPeriod }) {
  const [row] = rowsOf<{ orders: string; packages: string }>(
    await db.execute(sql`select coalesce(sum(${orderDays.orders}), 0) as orders, coalesce(sum(${orderDays.packages}), 0) as packages
      from ${orderDays}
      where ${orderDays.day} >= ${day(params.period.start)}::date and ${orderDays.day} < ${day(params.period.end)}::date`),
  );
  return { orders: num(row?.orders), packages: num(row?.packages) };
}

export type Revenue = { invoices: number; net: number; gross: number };

/** An instant at an Istanbul midnight as the calendar day it begins. */
const day = (at: Date) => istanbulDateKey(at);

/** Paid invoices whose payment falls in [from, to) (both Istanbul midnights), by month (`2026-11`). */
export async function getRevenueByMonth(db: DbOrTx, params: { from: Date; to: Date }) {
  const rows = rowsOf<{ month: string; invoices: string; net: string; gross: string }>(
    await db.execute(sql`select to_char(${revenueDays.day}, 'YYYY-MM') as month, sum(${revenueDays.invoices}) as invoices,
        sum(${revenueDays.net}) as net, sum(${revenueDays.gross}) as gross
      from ${revenueDays}
      where ${revenueDays.day} >= ${day(params.from)}::date and ${revenueDays.day} < ${day(params.to)}::date
      group by 1`),
  );
  return new Map<string, Revenue>(
    rows.map((row) => [row.month, { invoices: num(row.invoices), net: num(row.net), gross: num(row.gross) }]),
  );
}

/** Paid invoices whose payment falls in [from, to) (both Istanbul midnights). */
export async function getRevenue(db: DbOrTx, params: { from: Date; to: Date }): Promise<Revenue> {
  const [row] = rowsOf<{ invoices: string; net: string; gross: string }>(
    await db.execute(sql`select coalesce(sum(${revenueDays.invoices}), 0) as invoices,
        coalesce(sum(${revenueDays.net}), 0) as net, coalesce(sum(${revenueDays.gross}), 0) as gross
      from ${revenueDays}
      where ${revenueDays.day} >= ${day(params.from)}::date and ${revenueDays.day} < ${day(params.to)}::date`),
  );
  return { invoices: num(row?.invoices), net: num(row?.net), gross: num(row?.gross) };
}

export type Balance = { count: number; total: number };

/** Sent invoices not yet paid (open) and overdue ones: how many and how much (KDV included). */
export async function getInvoiceBalances(db: DbOrTx): Promise<{ open: Balance; overdue: Balance }> {
  const rows = rowsOf<{ status: string; n: number; total: string }>(
    await db.execute(sql`select ${invoices.status} as status, count(*)::int as n, coalesce(sum(${invoices.total}), 0) as total
      from ${invoices} where ${invoices.status} in ('sent', 'overdue') group by 1`),
  );
  const of = (status: string): Balance => {
    const row = rows.find((candidate) => candidate.status === status);
    return { count: num(row?.n), total: num(row?.total) };
  };
  return { open: of("sent"), overdue: of("overdue") };
}

export type OpenQuoteStatus = Extract<QuoteStatus, "pending" | "reviewed" | "quoted">;

/** Quotes still open: new and reviewed ones wait for operations, quoted ones for the customer. */
export async function countOpenQuotes(db: DbOrTx): Promise<Record<OpenQuoteStatus, number>> {
  const rows = rowsOf<{ status: OpenQuoteStatus; n: number }>(
    await db.execute(sql`select ${quoteRequests.status} as status, count(*)::int as n from ${quoteRequests}
      where ${quoteRequests.status} in ('pending', 'reviewed', 'quoted') group by 1`),
  );
  const counts: Record<OpenQuoteStatus, number> = { pending: 0, reviewed: 0, quoted: 0 };
  for (const row of rows) counts[row.status] = num(row.n);
  return counts;
}

/** Orders waiting for processing to start. */
export async function countPendingOrders(db: DbOrTx): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${orders} where ${orders.status} = 'pending'`),
  );
  return num(row?.n);
}

/** Orders still in processing past their estimated completion at `at`: the list `?gecikme=var` holds. */
export async function countLateOrders(db: DbOrTx, params: { at: Date }): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${orders} where ${lateOrders(params.at)}`),
  );
  return num(row?.n);
}

/**
 * Per Istanbul day (`2026-11-25`) in [from, to) (both Istanbul midnights): the orders created (every
 * status, as the order list of that day shows them) and their packages that still count.
 */
export async function getDailyPackages(db: DbOrTx, params: { from: Date; to: Date }) {
  const rows = rowsOf<{ day: string; orders: number; packages: number }>(
    await db.execute(sql`select to_char(${orderDays.day}, 'YYYY-MM-DD') as day, ${orderDays.orders} as orders,
        ${orderDays.packages} as packages
      from ${orderDays}
      where ${orderDays.day} >= ${day(params.from)}::date and ${orderDays.day} < ${day(params.to)}::date`),
  );
  return new Map(rows.map((row) => [row.day, { orders: num(row.orders), packages: num(row.packages) }]));
}

/** `case when n <= 100 then '0-100' ...`: the tier of a package count, from RANGE_BOUNDS. */
function tierOf(count: ReturnType<typeof sql>) {
  const branches = VOLUME_RANGES.map((range) => {
    const { max } = RANGE_BOUNDS[range];
    return max === null ? sql`else ${range}` : sql`when ${count} <= ${max} then ${range}`;
  });
  return sql`case ${sql.join(branches, sql` `)} end`;
}

/**
 * Active customers past the lowest tier, by the tier their packages of the period so far fall in (the
 * customer list's `kademe`), from customer_periods' packages index; the few of them that are not
 * active (found through the status index, which carries their ids) are taken off. The lowest tier is
 * every other active customer (tierMix), so neither half reads every customer, and this runs
 * alongside the count of customers by status instead of after it.
 */
export async function countTiersAboveLowest(db: DbOrTx, params: { period: BillingPeriod }) {
  const above = sql`${customerPeriods.periodStart} = ${at(params.period.start)}
    and ${customerPeriods.packages} > ${RANGE_BOUNDS["0-100"].max}`;
  const notActive = CUSTOMER_STATUSES.filter((status) => status !== "active");
  const rows = rowsOf<{ range: VolumeRange; n: number }>(
    await db.execute(sql`select range, sum(n)::int as n from (
        select ${tierOf(sql`${customerPeriods.packages}`)} as range, count(*) as n
        from ${customerPeriods} where ${above} group by 1
        union all
        select ${tierOf(sql`${customerPeriods.packages}`)} as range, -count(*) as n
        from ${customers} join ${customerPeriods} on ${customerPeriods.customerId} = ${customers.id} and ${above}
        where ${customers.status} in (${sql.join(
          notActive.map((status) => sql`${status}`),
          sql`, `,
        )})
        group by 1
      ) as tiers group by range`),
  );
  const counts = Object.fromEntries(VOLUME_RANGES.map((range) => [range, 0])) as Record<VolumeRange, number>;
  for (const row of rows) counts[row.range] = num(row.n);
  return counts;
}

/** Active customers by tier: those counted past the lowest, and the rest of the active ones in it. */
export function tierMix(above: Record<VolumeRange, number>, activeCustomers: number): Record<VolumeRange, number> {
  const counted = VOLUME_RANGES.reduce((sum, range) => sum + above[range], 0);
  return { ...above, "0-100": activeCustomers - counted };
}
