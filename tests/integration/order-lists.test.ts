import { describe, expect, it } from "vitest";
import { query as read } from "@/db";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { listCustomerOrders } from "@/db/queries/orders";
import { adminOrderList, orderList, type OrderListQuery } from "@/lib/orders/filters";
import { ids, insertOrders, twoCustomers } from "./helpers/fixtures";

// 12:00 in Istanbul: one order a day backwards from here.
const NEWEST = new Date("2026-11-20T09:00:00Z");
const query = (params: Record<string, string>): OrderListQuery => orderList.parse(params);

async function twoHundredOrders() {
  await twoCustomers();
  // A: 200 orders, statuses cycling; B: 30 orders on the same days, which A must never see.
  const a = await insertOrders({
    customerId: ids.customerA,
    count: 200,
    newest: NEWEST,
    statuses: ["pending", "processing", "completed", "cancelled"],
  });
  const b = await insertOrders({ customerId: ids.customerB, count: 30, newest: NEWEST, startSequence: 201 });
  return { a, b };
}

describe("order lists", () => {
  it("pages a customer's 200 orders newest first, 20 a page, with none of another customer's", async () => {
    const { a } = await twoHundredOrders();
    const newestFirst = [...a].reverse().map((order) => order.orderNumber);

    const first = await read(listCustomerOrders, { customerId: ids.customerA, filters: query({}) });
    expect(first.total).toBe(200);
    expect(first.pageCount).toBe(10);
    expect(first.rows.map((row) => row.orderNumber)).toEqual(newestFirst.slice(0, 20));

    const seventh = await read(listCustomerOrders, { customerId: ids.customerA, filters: query({ sayfa: "7" }) });
    expect(seventh.rows.map((row) => row.orderNumber)).toEqual(newestFirst.slice(120, 140));
    const last = await read(listCustomerOrders, { customerId: ids.customerA, filters: query({ sayfa: "10" }) });
    expect(last.rows.map((row) => row.orderNumber)).toEqual(newestFirst.slice(180, 200));
    const beyond = await read(listCustomerOrders, { customerId: ids.customerA, filters: query({ sayfa: "11" }) });
    expect(beyond.rows).toEqual([]);

    // A customer cannot widen its list by passing another customer in the URL.
    const sneaky = await read(listCustomerOrders, {
      customerId: ids.customerA,
      filters: query({ musteri: ids.customerB }),
    });
    expect(sneaky.total).toBe(200);
    expect(sneaky.rows.every((row) => row.customerId === ids.customerA)).toBe(true);
  });

  it("filters by status and by Istanbul date range, both ends inclusive, and pages the result", async () => {
    const { a } = await twoHundredOrders();
    const completed = await read(listCustomerOrders, {
      customerId: ids.customerA,
      filters: query({ durum: "completed" }),
    });
    expect(completed.total).toBe(50);
    expect(completed.pageCount).toBe(3);
    expect(completed.rows.every((row) => row.status === "completed")).toBe(true);
    const completedPage3 = await read(listCustomerOrders, {
      customerId: ids.customerA,
      filters: query({ durum: "completed", sayfa: "3" }),
    });
    expect(completedPage3.rows.map((row) => row.orderNumber)).toEqual(
      a
        .filter((o) => o.status === "completed")
        .reverse()
        .slice(40, 50)
        .map((o) => o.orderNumber),
    );

    const november = await read(listCustomerOrders, {
      customerId: ids.customerA,
      filters: query({ baslangic: "2026-11-01", bitis: "2026-11-10" }),
    });
    expect(november.total).toBe(10);
    expect(november.rows.map((row) => row.orderNumber)).toEqual(
      a
        .filter(
          (o) =>
            o.createdAt >= new Date("2026-11-01T00:00:00+03:00") && o.createdAt < new Date("2026-11-11T00:00:00+03:00"),
        )
        .reverse()
        .map((o) => o.orderNumber),
    );

    const both = await read(listCustomerOrders, {
      customerId: ids.customerA,
      filters: query({ durum: "pending", baslangic: "2026-11-01", bitis: "2026-11-20" }),
    });
    expect(
      both.rows.every((row) => row.status === "pending" && row.createdAt >= new Date("2026-11-01T00:00:00+03:00")),
    ).toBe(true);
    expect(both.total).toBe(
      a.filter((o) => o.status === "pending" && o.createdAt >= new Date("2026-11-01T00:00:00+03:00")).length,
    );
  });

  it("lets operations see every customer, or one, with the same filters", async () => {
    await twoHundredOrders();
    const admin = (params: Record<string, string>) =>
      read(listAdminOrders, { filters: adminOrderList.parse(params), at: new Date() });
    expect((await admin({})).count.value).toBe(230);
    const onlyB = await admin({ musteri: ids.customerB });
    expect(onlyB.count.value).toBe(30);
    expect(onlyB.rows.every((row) => row.customerId === ids.customerB && row.companyName === "Boğaziçi Giyim")).toBe(
      true,
    );
    const pendingB = await admin({ musteri: ids.customerB, durum: "pending" });
    expect(pendingB.rows.length).toBeGreaterThan(0);
    expect(pendingB.rows.every((row) => row.customerId === ids.customerB && row.status === "pending")).toBe(true);
  });

  it("keeps a list of days' totals when the address also held a filter the list could not use", async () => {
    await twoHundredOrders();
    const admin = (params: Record<string, string>) =>
      read(listAdminOrders, { filters: adminOrderList.parse(params), at: new Date() });
    const days = await admin({ baslangic: "2026-11-10", bitis: "2026-11-20" });
    expect(days.count.value).toBe(22);
    expect(days.packages).toBeGreaterThan(0);
    // `durum=bekliyor` is no status: dropped (and said in the filter bar), so the list is the same list of days.
    const withIgnored = await admin({ baslangic: "2026-11-10", bitis: "2026-11-20", durum: "bekliyor" });
    expect(withIgnored.count).toEqual(days.count);
    expect(withIgnored.packages).toBe(days.packages);
  });
});
