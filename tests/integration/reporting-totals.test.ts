import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db";
import { invoices, orderEvents, orders, revenueDays } from "@/db/schema";
import { createOrder } from "@/lib/orders/create";
import { changeOrderStatus } from "@/lib/orders/transition";
import { istanbulTime } from "@/lib/dates";
import { insertInvoice, manyIds } from "./helpers/admin";
import { adminCtx, customerCtx } from "./helpers/context";
import { ids, insertCustomer, twoCustomers } from "./helpers/fixtures";

type Day = { day: string; invoices: number; net: number; gross: number };

/** What revenue_days must hold: the paid invoices grouped by the Istanbul day of payment. */
async function fromInvoices(): Promise<Day[]> {
  const db = await getDb();
  const rows = rowsOf<{ day: string; invoices: string; net: string; gross: string }>(
    await db.execute(sql`select to_char((paid_at at time zone 'Europe/Istanbul')::date, 'YYYY-MM-DD') as day,
        count(*) as invoices, sum(subtotal) as net, sum(total) as gross
      from invoices where status = 'paid' and paid_at is not null group by 1 order by 1`),
  );
  return rows.map((row) => ({
    day: row.day,
    invoices: Number(row.invoices),
    net: Number(row.net),
    gross: Number(row.gross),
  }));
}

/** The kept days, leaving out days brought back to nothing. */
async function keptDays(): Promise<Day[]> {
  const db = await getDb();
  const rows = await db.select().from(revenueDays).orderBy(revenueDays.day);
  return rows
    .filter((row) => row.invoices !== 0 || row.net !== 0 || row.gross !== 0)
    .map((row) => ({ day: row.day, invoices: row.invoices, net: Number(row.net), gross: Number(row.gross) }));
}

const period = (month: number) => ({
  periodStart: istanbulTime(2026, month, 15),
  periodEnd: istanbulTime(2026, month + 1, 15),
});

describe("revenue per day", () => {
  it("follows every write of invoices: payment, a corrected payment day, a corrected amount, cancellation, deletion", async () => {
    const [a, b] = manyIds(2);
    await insertCustomer({ id: a! });
    await insertCustomer({ id: b! });
    // 23:30 in Istanbul on 31.10 is still October there (20:30 UTC).
    const paidLate = await insertInvoice({
      customerId: a!,
      ...period(9),
      status: "paid",
      subtotal: 10_000,
      paidAt: istanbulTime(2026, 10, 31, 23, 30),
    });
    const sent = await insertInvoice({ customerId: a!, ...period(10), status: "sent", subtotal: 20_000 });
    const other = await insertInvoice({
      customerId: b!,
      ...period(10),
      status: "paid",
      subtotal: 5_000,
      paidAt: istanbulTime(2026, 10, 31, 9),
    });
    expect(await keptDays()).toEqual([{ day: "2026-10-31", invoices: 2, net: 15_000, gross: 18_000 }]);

    const db = await getDb();
    await db
      .update(invoices)
      .set({ status: "paid", paidAt: istanbulTime(2026, 11, 16, 0, 5) })
      .where(eq(invoices.id, sent.id));
    expect(await keptDays()).toEqual(await fromInvoices());
    // A bank transfer recorded with the day it really arrived.
    await db
      .update(invoices)
      .set({ paidAt: istanbulTime(2026, 11, 14, 18) })
      .where(eq(invoices.id, sent.id));
    await db.update(invoices).set({ subtotal: 12_000, kdv: 2_400, total: 14_400 }).where(eq(invoices.id, paidLate.id));
    // Writes that change nothing the days count leave them as they are.
    await db.update(invoices).set({ reminderSentAt: new Date() }).where(eq(invoices.id, other.id));
    expect(await keptDays()).toEqual(await fromInvoices());
    expect(await keptDays()).toEqual([
      { day: "2026-10-31", invoices: 2, net: 17_000, gross: 20_400 },
      { day: "2026-11-14", invoices: 1, net: 20_000, gross: 24_000 },
    ]);

    await db.update(invoices).set({ status: "cancelled" }).where(eq(invoices.id, other.id));
    await db.delete(invoices).where(eq(invoices.id, paidLate.id));
    expect(await keptDays()).toEqual([{ day: "2026-11-14", invoices: 1, net: 20_000, gross: 24_000 }]);
    expect(await keptDays()).toEqual(await fromInvoices());
  });

  it("is rebuilt from the invoices by rebuild_reporting(), as the migration fills it for earlier rows", async () => {
    const [a] = manyIds(1);
    await insertCustomer({ id: a! });
    // Two paid on the same day, one on another.
    for (const [month, paidAt] of [
      [7, istanbulTime(2026, 10, 1, 12)],
      [8, istanbulTime(2026, 10, 1, 15)],
      [9, istanbulTime(2026, 10, 2, 12)],
    ] as const) {
      await insertInvoice({ customerId: a!, ...period(month), status: "paid", subtotal: 1_000 * month, paidAt });
    }
    const kept = await keptDays();
    const db = await getDb();
    await db.execute(sql`truncate revenue_days`);
    await db.execute(sql`select rebuild_reporting()`);
    expect(await keptDays()).toEqual(kept);
    expect(kept).toEqual(await fromInvoices());
    expect(kept).toHaveLength(2);
  });
});

type OrderTotals = { days: unknown[]; periods: unknown[] };

/** What order_days and customer_periods must hold, from the orders themselves. */
async function ordersCounted(): Promise<OrderTotals> {
  const db = await getDb();
  const days = rowsOf(
    await db.execute(sql`select to_char((created_at at time zone 'Europe/Istanbul')::date, 'YYYY-MM-DD') as day,
        count(*)::int as orders, coalesce(sum(package_count) filter (where status <> 'cancelled'), 0)::int as packages
      from orders group by 1 order by 1`),
  );
  const periods = rowsOf(
    await db.execute(sql`select customer_id::text as customer, to_char(billing_period_start, 'YYYY-MM-DD') as period,
        count(*)::int as orders, coalesce(sum(package_count) filter (where status <> 'cancelled'), 0)::int as packages
      from orders group by 1, 2 order by 1, 2`),
  );
  return { days, periods };
}

/** The kept totals, leaving out rows brought back to nothing. */
async function ordersKept(): Promise<OrderTotals> {
  const db = await getDb();
  const days = rowsOf(
    await db.execute(sql`select to_char(day, 'YYYY-MM-DD') as day, orders, packages from order_days
      where orders <> 0 or packages <> 0 order by 1`),
  );
  const periods = rowsOf(
    await db.execute(sql`select customer_id::text as customer, to_char(period_start, 'YYYY-MM-DD') as period, orders, packages
      from customer_periods where orders <> 0 or packages <> 0 order by 1, 2`),
  );
  return { days, periods };
}

describe("orders per day and per customer period", () => {
  it("follow orders created, moved, cancelled and deleted, and match a rebuild", async () => {
    const { userA, userB, admin } = await twoCustomers();
    const at = new Date("2026-11-20T09:00:00Z");
    const a = await createOrder(customerCtx(userA), { packageCount: 80 }, at);
    const b = await createOrder(customerCtx(userA), { packageCount: 40 }, at);
    const c = await createOrder(customerCtx(userB), { packageCount: 300 }, new Date("2026-11-14T22:30:00Z"));
    expect(await ordersKept()).toEqual({
      days: [
        { day: "2026-11-15", orders: 1, packages: 300 },
        { day: "2026-11-20", orders: 2, packages: 120 },
      ],
      periods: [
        { customer: ids.customerA, period: "2026-11-14", orders: 2, packages: 120 },
        { customer: ids.customerB, period: "2026-11-14", orders: 1, packages: 300 },
      ],
    });
    await changeOrderStatus(adminCtx(admin), { orderId: a.id, to: "processing" }, at);
    await changeOrderStatus(adminCtx(admin), { orderId: a.id, to: "completed" }, at);
    await changeOrderStatus(customerCtx(userA), { orderId: b.id, to: "cancelled" }, at);
    const db = await getDb();
    await db.delete(orderEvents).where(eq(orderEvents.orderId, c.id));
    await db.delete(orders).where(eq(orders.id, c.id));
    const kept = await ordersKept();
    expect(kept).toEqual({
      days: [{ day: "2026-11-20", orders: 2, packages: 80 }],
      periods: [{ customer: ids.customerA, period: "2026-11-14", orders: 2, packages: 80 }],
    });
    expect(kept).toEqual(await ordersCounted());
    await db.execute(sql`select rebuild_reporting()`);
    expect(await ordersKept()).toEqual(kept);
  });
});
