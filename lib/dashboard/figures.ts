import "server-only";
import { getDb, type DbOrTx } from "@/db";
import {
  countCustomersByStatus,
  countLateOrders,
  countOpenQuotes,
  countPendingOrders,
  getDailyPackages,
  getInvoiceBalances,
  getPeriodActivity,
  getRevenue,
  getRevenueByMonth,
  countTiersAboveLowest,
  tierMix,
} from "@/db/queries/admin-metrics";
import { listUnfinishedBillingRuns } from "@/db/queries/billing";
import { assertAdmin } from "@/lib/admin-guard";
import { billingPeriodOf } from "@/lib/billing/period";
import type { AdminContext } from "@/lib/context";
import { CUSTOMER_STATUSES } from "@/lib/customers/status";
import { istanbulDateKey, istanbulTime, istanbulWallClock } from "@/lib/dates";
import { LATE_FILTER } from "@/lib/orders/filters";
import { VOLUME_RANGES } from "@/lib/pricing";
import { customersHref, dayRange, invoicesHref, ordersHref, quotesHref } from "./links";

/** A figure and the filtered list it counts: the dashboard links every number to its rows. */
export type Figure = { value: number; href: string };
export type Amount = { count: number; total: number; href: string };

export const REVENUE_MONTHS = 12;
export const DAILY_DAYS = 30;

/**
 * Everything `/yonetim` shows, as of `now`. Revenue per month covers the last 12 Istanbul calendar
 * months, this one included; packages per day the last 30 Istanbul days, today included; "this
 * period" is the billing period `now` falls in (15th to 15th).
 */
export async function getDashboard(ctx: AdminContext, now = new Date()) {
  assertAdmin(ctx);
  return readDashboard(await getDb(), now);
}

/** The figures read from `db` (the benchmark reads them from its own database). */
export async function readDashboard(db: DbOrTx, now: Date) {
  const period = billingPeriodOf(now);
  const wall = istanbulWallClock(now);
  const months = Array.from({ length: REVENUE_MONTHS }, (_, index) => {
    const start = istanbulTime(wall.year, wall.month - (REVENUE_MONTHS - 1 - index), 1);
    const end = istanbulTime(wall.year, wall.month - (REVENUE_MONTHS - 2 - index), 1);
    return { key: istanbulDateKey(start).slice(0, 7), start, end };
  });
  const days = Array.from({ length: DAILY_DAYS }, (_, index) => {
    const start = istanbulTime(wall.year, wall.month, wall.day - (DAILY_DAYS - 1 - index));
    return { key: istanbulDateKey(start), start };
  });
  const tomorrow = istanbulTime(wall.year, wall.month, wall.day + 1);

  const [statuses, activity, revenue, monthly, balances, quotes, pending, late, daily, aboveLowest, runs] =
    await Promise.all([
      countCustomersByStatus(db),
      getPeriodActivity(db, { period }),
      getRevenue(db, { from: period.start, to: period.end }),
      getRevenueByMonth(db, { from: months[0]!.start, to: months[months.length - 1]!.end }),
      getInvoiceBalances(db),
      countOpenQuotes(db),
      countPendingOrders(db),
      countLateOrders(db, { at: now }),
      getDailyPackages(db, { from: days[0]!.start, to: tomorrow }),
      countTiersAboveLowest(db, { period }),
      listUnfinishedBillingRuns(db),
    ]);
  const tiers = tierMix(aboveLowest, statuses.active);
  const periodDays = dayRange(period.start, period.end);

  return {
    period,
    customers: Object.fromEntries(
      CUSTOMER_STATUSES.map((status) => [status, { value: statuses[status], href: customersHref({ status }) }]),
    ) as Record<(typeof CUSTOMER_STATUSES)[number], Figure>,
    orders: { value: activity.orders, href: ordersHref(periodDays) } satisfies Figure,
    packages: { value: activity.packages, href: ordersHref(periodDays) } satisfies Figure,
    pendingOrders: { value: pending, href: ordersHref({ status: "pending" }) } satisfies Figure,
    /** In processing past the estimated completion, now: the list it links to counts at its own time. */
    lateOrders: { value: late, href: ordersHref({ late: LATE_FILTER }) } satisfies Figure,
    revenue: { ...revenue, href: invoicesHref({ status: "paid", paid: periodDays }) },
    revenueByMonth: months.map(({ key, start, end }) => ({
      month: key,
      ...(monthly.get(key) ?? { invoices: 0, net: 0, gross: 0 }),
      href: invoicesHref({ status: "paid", paid: dayRange(start, end) }),
    })),
    openInvoices: { ...balances.open, href: invoicesHref({ status: "sent" }) } satisfies Amount,
    overdueInvoices: { ...balances.overdue, href: invoicesHref({ status: "overdue" }) } satisfies Amount,
    quotes: {
      pending: { value: quotes.pending, href: quotesHref("pending") },
      reviewed: { value: quotes.reviewed, href: quotesHref("reviewed") },
      quoted: { value: quotes.quoted, href: quotesHref("quoted") },
    } satisfies Record<string, Figure>,
    packagesByDay: days.map(({ key }) => ({
      day: key,
      ...(daily.get(key) ?? { orders: 0, packages: 0 }),
      href: ordersHref({ fromDate: key, toDate: key }),
    })),
    tierMix: VOLUME_RANGES.map((range) => ({
      range,
      value: tiers[range],
      href: customersHref({ status: "active", tier: range }),
    })),
    /** The periods whose latest billing run did not complete: the page warns of each. */
    unfinishedRuns: runs,
  };
}

export type Dashboard = Awaited<ReturnType<typeof readDashboard>>;
