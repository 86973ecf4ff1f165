import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, query } from "@/db";
import { adminOrderWhere, listAdminOrders } from "@/db/queries/admin-orders";
import { listCustomers } from "@/db/queries/customers";
import { listQuotes } from "@/db/queries/quotes";
import { billingRuns, orders } from "@/db/schema";
import { billingPeriodOf } from "@/lib/billing/period";
import { customerList } from "@/lib/customers/filters";
import { getDashboard } from "@/lib/dashboard/figures";
import { istanbulTime, istanbulYear } from "@/lib/dates";
import { formatOrderNumber } from "@/lib/numbering";
import { adminOrderList } from "@/lib/orders/filters";
import type { OrderStatus } from "@/lib/orders/status";
import { quoteList } from "@/lib/quotes/filters";
import { adminCtx } from "./helpers/context";
import { insertCustomer, insertUser } from "./helpers/fixtures";
import { insertInvoice, manyIds } from "./helpers/admin";
import { insertQuote } from "./helpers/quotes";

/** 25.11.2026 14:00 in Istanbul: the billing period 15.11.2026 – 15.12.2026. */
const NOW = istanbulTime(2026, 11, 25, 14, 0);
const [A, B, C, D, E] = manyIds(5);

let sequence = 0;
async function order(customerId: string, createdAt: Date, status: OrderStatus, packageCount: number) {
  const db = await getDb();
  await db.insert(orders).values({
    orderNumber: formatOrderNumber(istanbulYear(createdAt), ++sequence),
    customerId,
    packageCount,
    status,
    billingPeriodStart: billingPeriodOf(createdAt).start,
    estimatedUnitPrice: 4500,
    createdAt,
  });
}

const period = (month: number, year = 2026) => ({
  periodStart: istanbulTime(year, month, 15),
  periodEnd: istanbulTime(year, month + 1, 15),
});

/** The fixture, with what each figure must be worked out by hand beside it. */
async function fixture() {
  await insertCustomer({ id: A! });
  await insertCustomer({ id: B! });
  await insertCustomer({ id: C!, status: "suspended" });
  await insertCustomer({ id: D!, status: "inactive" });
  await insertCustomer({ id: E! });

  // This period (from 15.11 00:00): A 80 + 50 (+200 cancelled), B 1200, C 300 → 5 orders, 1630 packages.
  await order(A!, istanbulTime(2026, 11, 16, 10), "completed", 80);
  await order(A!, istanbulTime(2026, 11, 25, 9), "pending", 50);
  await order(A!, istanbulTime(2026, 11, 20, 12), "cancelled", 200);
  await order(B!, istanbulTime(2026, 11, 24, 23, 30), "processing", 1200);
  await order(C!, istanbulTime(2026, 11, 25, 0, 30), "pending", 300);
  // Earlier periods: not this period's; in the 30 days only from 27.10 00:00 on.
  await order(A!, istanbulTime(2026, 11, 14, 23, 59), "completed", 40);
  await order(E!, istanbulTime(2026, 11, 10, 12), "completed", 500);
  await order(E!, istanbulTime(2026, 10, 27, 0, 0), "completed", 7);
  await order(E!, istanbulTime(2026, 10, 26, 23, 59), "completed", 70);

  // Paid by payment time, Istanbul calendar months; this period from 15.11 00:00.
  await insertInvoice({
    customerId: A!,
    ...period(10),
    status: "paid",
    subtotal: 100_000,
    paidAt: istanbulTime(2026, 11, 20, 10),
  });
  await insertInvoice({
    customerId: B!,
    ...period(10),
    status: "paid",
    subtotal: 50_000,
    paidAt: istanbulTime(2026, 11, 15, 0, 0),
  });
  await insertInvoice({
    customerId: C!,
    ...period(10),
    status: "paid",
    subtotal: 10_000,
    paidAt: istanbulTime(2026, 11, 14, 23, 59),
  });
  await insertInvoice({
    customerId: E!,
    ...period(10),
    status: "paid",
    subtotal: 7_000,
    paidAt: istanbulTime(2026, 11, 1, 0, 0),
  });
  await insertInvoice({
    customerId: A!,
    ...period(9),
    status: "paid",
    subtotal: 3_000,
    paidAt: istanbulTime(2026, 10, 31, 23, 0),
  });
  await insertInvoice({
    customerId: A!,
    ...period(11, 2025),
    status: "paid",
    subtotal: 1_000,
    paidAt: istanbulTime(2025, 12, 1, 0, 0),
  });
  await insertInvoice({
    customerId: A!,
    ...period(10, 2025),
    status: "paid",
    subtotal: 999_000,
    paidAt: istanbulTime(2025, 11, 30, 23, 59),
  });
  // Open: 24.000 + 6.000 (KDV included); overdue: 36.000; cancelled and draft count nowhere.
  await insertInvoice({ customerId: B!, ...period(9), status: "sent", subtotal: 20_000 });
  await insertInvoice({ customerId: C!, ...period(9), status: "sent", subtotal: 5_000 });
  await insertInvoice({ customerId: E!, ...period(9), status: "overdue", subtotal: 30_000 });
  await insertInvoice({ customerId: D!, ...period(9), status: "cancelled", subtotal: 40_000 });
  await insertInvoice({ customerId: D!, ...period(8), status: "draft", subtotal: 40_000 });

  for (const status of ["pending", "pending", "reviewed", "quoted", "accepted", "rejected"] as const) {
    await insertQuote({ status });
  }
  return insertUser({ id: "1c000000-0000-4000-8000-00000000000c", email: "op@cardak.test", role: "admin" });
}

const searchParams = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("the dashboard's figures", () => {
  it("match the values worked out by hand", async () => {
    const admin = await fixture();
    const dashboard = await getDashboard(adminCtx(admin), NOW);

    expect(dashboard.customers).toEqual({
      active: { value: 3, href: "/yonetim/musteriler?durum=active" },
      inactive: { value: 1, href: "/yonetim/musteriler?durum=inactive" },
      suspended: { value: 1, href: "/yonetim/musteriler?durum=suspended" },
    });
    expect(dashboard.orders).toEqual({ value: 5, href: "/yonetim/siparisler?baslangic=2026-11-15&bitis=2026-12-14" });
    expect(dashboard.packages.value).toBe(1630);
    expect(dashboard.pendingOrders).toEqual({ value: 2, href: "/yonetim/siparisler?durum=pending" });

    expect(dashboard.revenue).toEqual({
      invoices: 2,
      net: 150_000,
      gross: 180_000,
      href: "/yonetim/faturalar?durum=paid&odeme-baslangic=2026-11-15&odeme-bitis=2026-12-14",
    });
    expect(dashboard.revenueByMonth.map((month) => month.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    const revenue = Object.fromEntries(
      dashboard.revenueByMonth
        .filter((month) => month.invoices > 0)
        .map((month) => [month.month, [month.invoices, month.net, month.gross]]),
    );
    expect(revenue).toEqual({
      "2025-12": [1, 1_000, 1_200],
      "2026-10": [1, 3_000, 3_600],
      "2026-11": [4, 167_000, 200_400],
    });
    expect(dashboard.revenueByMonth.at(-1)!.href).toBe(
      "/yonetim/faturalar?durum=paid&odeme-baslangic=2026-11-01&odeme-bitis=2026-11-30",
    );

    expect(dashboard.openInvoices).toEqual({ count: 2, total: 30_000, href: "/yonetim/faturalar?durum=sent" });
    expect(dashboard.overdueInvoices).toEqual({ count: 1, total: 36_000, href: "/yonetim/faturalar?durum=overdue" });
    expect(dashboard.quotes).toEqual({
      pending: { value: 2, href: "/yonetim/teklifler?durum=pending" },
      reviewed: { value: 1, href: "/yonetim/teklifler?durum=reviewed" },
      quoted: { value: 1, href: "/yonetim/teklifler?durum=quoted" },
    });

    expect(dashboard.packagesByDay).toHaveLength(30);
    expect(dashboard.packagesByDay[0]!.day).toBe("2026-10-27");
    expect(dashboard.packagesByDay.at(-1)!.day).toBe("2026-11-25");
    const busy = Object.fromEntries(
      dashboard.packagesByDay.filter((day) => day.orders > 0).map((day) => [day.day, [day.orders, day.packages]]),
    );
    expect(busy).toEqual({
      "2026-10-27": [1, 7],
      "2026-11-10": [1, 500],
      "2026-11-14": [1, 40],
      "2026-11-16": [1, 80],
      "2026-11-20": [1, 0],
      "2026-11-24": [1, 1200],
      "2026-11-25": [2, 350],
    });

    expect(dashboard.tierMix.map((tier) => [tier.range, tier.value])).toEqual([
      ["0-100", 1],
      ["101-250", 1],
      ["251-500", 0],
      ["501-750", 0],
      ["751-1000", 0],
      ["1000+", 1],
    ]);
  });

  it("link each count to the filtered list that holds exactly that many rows", async () => {
    const admin = await fixture();
    const dashboard = await getDashboard(adminCtx(admin), NOW);
    const db = await getDb();
    // The list's count and package total, and what its filter selects from the order rows themselves.
    const orderList = async (href: string) => {
      const filters = adminOrderList.parse(searchParams(href));
      const list = await query(listAdminOrders, { filters, at: NOW });
      const [rows] = await db
        .select({
          orders: sql<number>`count(*)::int`,
          packages: sql<number>`coalesce(sum(${orders.packageCount}) filter (where ${orders.status} <> 'cancelled'), 0)::int`,
        })
        .from(orders)
        .where(adminOrderWhere(filters, NOW));
      expect(list.count).toEqual({ value: rows!.orders, capped: false });
      if (list.packages !== null) expect(list.packages).toBe(rows!.packages);
      return { orders: list.count.value, packages: list.packages };
    };
    const customerCount = async (href: string) =>
      (await query(listCustomers, { filters: customerList.parse(searchParams(href)), at: NOW })).count.value;

    expect(dashboard.packages.href).toBe(dashboard.orders.href);
    expect(await orderList(dashboard.orders.href)).toEqual({
      orders: dashboard.orders.value,
      packages: dashboard.packages.value,
    });
    expect((await orderList(dashboard.pendingOrders.href)).orders).toBe(dashboard.pendingOrders.value);
    expect((await orderList(dashboard.lateOrders.href)).orders).toBe(dashboard.lateOrders.value);
    for (const day of dashboard.packagesByDay) {
      expect(await orderList(day.href)).toEqual({ orders: day.orders, packages: day.packages });
    }
    for (const figure of Object.values(dashboard.customers))
      expect(await customerCount(figure.href)).toBe(figure.value);
    for (const tier of dashboard.tierMix) expect(await customerCount(tier.href)).toBe(tier.value);
    for (const figure of Object.values(dashboard.quotes)) {
      expect((await query(listQuotes, quoteList.parse(searchParams(figure.href)))).total).toBe(figure.value);
    }
  });

  it("are zero on an empty database, with every month and day present", async () => {
    const admin = await insertUser({
      id: "1c000000-0000-4000-8000-00000000000c",
      email: "op@cardak.test",
      role: "admin",
    });
    const dashboard = await getDashboard(adminCtx(admin), NOW);
    expect(dashboard.orders.value).toBe(0);
    expect(dashboard.revenue).toMatchObject({ invoices: 0, net: 0, gross: 0 });
    expect(dashboard.revenueByMonth.every((month) => month.net === 0)).toBe(true);
    expect(dashboard.packagesByDay.every((day) => day.packages === 0)).toBe(true);
    expect(dashboard.tierMix.every((tier) => tier.value === 0)).toBe(true);
    expect(dashboard.unfinishedRuns).toEqual([]);
  });

  it("carry each period whose latest billing run did not complete, so the page can warn of it", async () => {
    const admin = await insertUser({
      id: "1c000000-0000-4000-8000-00000000000d",
      email: "op@cardak.test",
      role: "admin",
    });
    const db = await getDb();
    const at = (month: number, day: number) => istanbulTime(2026, month, day, 9);
    await db.insert(billingRuns).values([
      // Stopped, then billed again in full: not a warning.
      { ...period(8), status: "failed", invoiceCount: 5, startedAt: at(9, 15) },
      { ...period(8), status: "completed", invoiceCount: 30, startedAt: at(9, 16) },
      { ...period(9), status: "completed", invoiceCount: 40, startedAt: at(10, 15) },
      // Completed once, then a later run of the period failed: its latest run is the warning.
      { ...period(10), status: "completed", invoiceCount: 1, startedAt: at(11, 15) },
      { ...period(10), status: "failed", invoiceCount: 12, error: "durdu", startedAt: at(11, 16) },
      { ...period(7), status: "running", invoiceCount: 3, startedAt: at(11, 20) },
    ]);
    const dashboard = await getDashboard(adminCtx(admin), NOW);
    expect(dashboard.unfinishedRuns).toMatchObject([
      { ...period(7), status: "running", invoiceCount: 3 },
      { ...period(10), status: "failed", invoiceCount: 12 },
    ]);
  });
});
