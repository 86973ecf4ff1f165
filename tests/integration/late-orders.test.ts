import "./helpers/next-mocks";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as ordersCsv } from "@/app/(admin)/yonetim/siparisler/csv/route";
import { getDb, query } from "@/db";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { orders } from "@/db/schema";
import { billingPeriodOf } from "@/lib/billing/period";
import { istanbulTime, istanbulYear } from "@/lib/dates";
import { encodeCursor } from "@/lib/list-params";
import { formatOrderNumber } from "@/lib/numbering";
import { getDashboard } from "@/lib/dashboard/figures";
import { adminOrderList } from "@/lib/orders/filters";
import { isOrderLate } from "@/lib/orders/late";
import type { OrderStatus } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";
import { adminCtx } from "./helpers/context";
import { insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { requestHeaders, signInAs } from "./helpers/request";

/** 27.11.2026 14:00 in Istanbul. */
const NOW = istanbulTime(2026, 11, 27, 14, 0);
const HOUR = 3_600_000;
const ago = (hours: number, ms = 0) => new Date(NOW.getTime() - hours * HOUR - ms);

const CUSTOMERS: Record<ServiceType, string> = {
  standard: "0a000000-0000-4000-8000-00000000000a",
  premium: "0b000000-0000-4000-8000-00000000000b",
  custom: "0d000000-0000-4000-8000-00000000000d",
};

let sequence = 0;
async function order(serviceType: ServiceType, status: OrderStatus, startedHoursAgo: number | null, ms = 0) {
  const db = await getDb();
  const createdAt = ago((startedHoursAgo ?? 0) + 1, -sequence * 1000);
  const [row] = await db
    .insert(orders)
    .values({
      orderNumber: formatOrderNumber(istanbulYear(createdAt), ++sequence),
      customerId: CUSTOMERS[serviceType],
      packageCount: 10,
      status,
      billingPeriodStart: billingPeriodOf(createdAt).start,
      estimatedUnitPrice: 4500,
      processingStartedAt: startedHoursAgo === null ? null : ago(startedHoursAgo, ms),
      completedAt: status === "completed" ? ago(1) : null,
      cancelledAt: status === "cancelled" ? ago(1) : null,
      createdAt,
    })
    .returning({ orderNumber: orders.orderNumber });
  return row!.orderNumber;
}

async function customers() {
  for (const [serviceType, id] of Object.entries(CUSTOMERS)) {
    await insertCustomer({ id, serviceType: serviceType as ServiceType, companyName: `Firma ${serviceType}` });
  }
}

/** Orders on both sides of each promise, worked out by hand: `late` is what the filter must return. */
async function fixture() {
  await customers();
  const late = [
    await order("standard", "processing", 24, 1),
    await order("standard", "processing", 72),
    await order("premium", "processing", 12, 1),
    await order("premium", "processing", 13),
    await order("custom", "processing", 25),
  ];
  const onTime = [
    await order("standard", "processing", 24), // exactly at the estimate
    await order("standard", "processing", 13), // a premium order would be late by now
    await order("premium", "processing", 12),
    await order("custom", "processing", 23),
    await order("standard", "pending", null),
    await order("standard", "processing", null),
    await order("standard", "completed", 72),
    await order("premium", "cancelled", 72),
  ];
  return { late, onTime };
}

const list = (params: Record<string, string>, at = NOW) =>
  query(listAdminOrders, { filters: adminOrderList.parse(params), at });

describe("the late orders' filter", () => {
  it("returns exactly the orders in processing past their customer's promise, and marks the same ones", async () => {
    const { late, onTime } = await fixture();
    const found = await list({ gecikme: "var" });
    expect(found.rows.map((row) => row.orderNumber).sort()).toEqual([...late].sort());
    expect(found.count).toEqual({ value: late.length, capped: false });

    // The database and lib/orders/late.ts agree on every order, late or not.
    const every = await list({});
    expect(every.rows).toHaveLength(late.length + onTime.length);
    for (const row of every.rows) expect(isOrderLate(row, NOW), row.orderNumber).toBe(late.includes(row.orderNumber));

    // With the other filters: one customer's late orders; waiting ones are never late.
    const premium = await list({ gecikme: "var", musteri: CUSTOMERS.premium });
    expect(premium.rows.map((row) => row.orderNumber).sort()).toEqual([late[2], late[3]].sort());
    expect((await list({ gecikme: "var", durum: "pending" })).rows).toEqual([]);
    expect((await list({ gecikme: "var", durum: "processing" })).count.value).toBe(late.length);
  });

  it("asks about the instant it is given: a millisecond before the promise ends nothing is late yet", async () => {
    await fixture();
    const earlier = new Date(NOW.getTime() - 1);
    const found = await list({ gecikme: "var" }, earlier);
    // Only those past their promise by more than a millisecond remain.
    expect(found.rows).toHaveLength(3);
    expect(found.rows.every((row) => isOrderLate(row, earlier))).toBe(true);
  });

  it("is dropped when the address gives another value, listing every order", async () => {
    const { late, onTime } = await fixture();
    const found = await list({ gecikme: "evet" });
    expect(found.count.value).toBe(late.length + onTime.length);
  });

  it("pages through more late orders than a page holds, newest first", async () => {
    await fixture();
    for (let index = 0; index < 20; index++) await order("standard", "processing", 30 + index);
    const first = await list({ gecikme: "var" });
    expect(first.rows).toHaveLength(20);
    expect(first.next).not.toBeNull();
    const second = await list({ gecikme: "var", sonra: encodeCursor(first.next!.key) });
    expect(second.rows).toHaveLength(5);
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((row) => row.orderNumber)).size).toBe(25);
    expect(all.every((row) => isOrderLate(row, NOW))).toBe(true);
    const times = all.map((row) => row.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("is followed by the CSV export, at the time of the download", async () => {
    await customers();
    // The export asks about its own instant (the real clock): orders late or on time by hours from now.
    const now = new Date();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);
    const db = await getDb();
    const values = (number: string, serviceType: ServiceType, startedHoursAgo: number) => ({
      orderNumber: number,
      customerId: CUSTOMERS[serviceType],
      packageCount: 5,
      status: "processing" as const,
      billingPeriodStart: billingPeriodOf(now).start,
      estimatedUnitPrice: 4500,
      processingStartedAt: hoursAgo(startedHoursAgo),
      createdAt: hoursAgo(startedHoursAgo + 1),
    });
    await db
      .insert(orders)
      .values([
        values("SP-2099-000001", "standard", 30),
        values("SP-2099-000002", "premium", 14),
        values("SP-2099-000003", "standard", 14),
        values("SP-2099-000004", "premium", 2),
      ]);
    const admin = await insertUser({
      id: "1c000000-0000-4000-8000-00000000000c",
      email: "operasyon@cardak.test",
      role: "admin",
    });
    signInAs(sessionOf(admin));
    const response = await ordersCsv(
      new Request("http://127.0.0.1:3000/yonetim/siparisler/csv?gecikme=var", {
        headers: requestHeaders({ ip: "203.0.113.7" }),
      }),
    );
    expect(response.status).toBe(200);
    const [header, ...rows] = parse((await response.text()).replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    expect(header![0]).toBe("Sipariş no");
    expect(rows.map((row) => row[0])).toEqual(["SP-2099-000002", "SP-2099-000001"]);
    expect(rows.every((row) => row[4] === "İşleniyor")).toBe(true);
  });

  it("is counted on the dashboard, which links to exactly that list", async () => {
    const { late } = await fixture();
    const admin = await insertUser({
      id: "1c000000-0000-4000-8000-00000000000c",
      email: "operasyon@cardak.test",
      role: "admin",
    });
    const dashboard = await getDashboard(adminCtx(admin), NOW);
    expect(dashboard.lateOrders).toEqual({ value: late.length, href: "/yonetim/siparisler?gecikme=var" });
    const href = new URL(dashboard.lateOrders.href, "http://x");
    const listed = await list(Object.fromEntries(href.searchParams));
    expect(listed.count.value).toBe(dashboard.lateOrders.value);
  });
});
