import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { adminCreateOrderAction, changeOrderStatusAction } from "@/app/(admin)/yonetim/siparisler/actions";
import { cancelOrderAction, createOrderAction } from "@/app/(portal)/panel/siparisler/actions";
import { getDb, query } from "@/db";
import { getOrder, listCustomerOrders, listOrderEvents } from "@/db/queries/orders";
import { auditLogs, emails, orderEvents, orders } from "@/db/schema";
import { createOrder } from "@/lib/orders/create";
import { orderList } from "@/lib/orders/filters";
import { changeOrderStatus } from "@/lib/orders/transition";
import { adminCtx, customerCtx } from "./helpers/context";
import { ids, sessionOf, twoCustomers } from "./helpers/fixtures";
import { redirectTarget } from "./helpers/redirect";
import { signInAs } from "./helpers/request";

const NOT_FOUND = { ok: false, formError: "Sipariş bulunamadı." };
const FORBIDDEN = { ok: false, formError: "Bu işlem için yetkiniz yok." };
const MISSING_ID = "9f000000-0000-4000-8000-000000000099";

/** What the portal's order page reads for customer B: nothing found is its 404 (tests/e2e/orders.spec.ts). */
const asB = (orderId: string) => ({ orderId, customerId: ids.customerB });

async function snapshot() {
  const db = await getDb();
  return {
    orders: await db.select().from(orders).orderBy(orders.orderNumber),
    events: await db.select().from(orderEvents).orderBy(orderEvents.id),
    audits: await db.select().from(auditLogs).orderBy(auditLogs.id),
    emails: await db.select().from(emails).orderBy(emails.id),
  };
}

describe("customer B and customer A's orders", () => {
  it("get not-found for each of A's orders through every action, and nothing changes", async () => {
    const { customerA, userA, userB, admin } = await twoCustomers();
    const pending = await createOrder(customerCtx(userA), { packageCount: 10 });
    const processing = await createOrder(customerCtx(userA), { packageCount: 20 });
    const completed = await createOrder(customerCtx(userA), { packageCount: 30 });
    await changeOrderStatus(adminCtx(admin), { orderId: processing.id, to: "processing" });
    await changeOrderStatus(adminCtx(admin), { orderId: completed.id, to: "processing" });
    await changeOrderStatus(adminCtx(admin), { orderId: completed.id, to: "completed" });
    const before = await snapshot();

    signInAs(sessionOf(userB));
    for (const order of [pending, processing, completed]) {
      // View: the detail page finds nothing (a 404), as for an id that does not exist.
      expect(await query(getOrder, asB(order.id))).toBeNull();
      expect(await query(listOrderEvents, asB(order.id))).toEqual([]);
      // Cancelling it as B, called below the action: refused the same way.
      await expect(changeOrderStatus(customerCtx(userB), { orderId: order.id, to: "cancelled" })).rejects.toMatchObject(
        { code: "ORDER_NOT_FOUND" },
      );
      // Cancel: the same answer as a missing order.
      expect(await cancelOrderAction(null, { orderId: order.id, note: "başkasının siparişi" })).toEqual(NOT_FOUND);
      // Operations' actions are refused to any customer.
      for (const to of ["processing", "completed", "cancelled"] as const) {
        expect(await changeOrderStatusAction(null, { orderId: order.id, to, note: "x" })).toEqual(FORBIDDEN);
      }
    }
    expect(await cancelOrderAction(null, { orderId: MISSING_ID })).toEqual(NOT_FOUND);
    expect(await query(getOrder, asB(MISSING_ID))).toBeNull();
    expect(await query(getOrder, asB("not-a-uuid"))).toBeNull();
    expect(await adminCreateOrderAction(null, { customerId: customerA.id, packageCount: 5 })).toEqual(FORBIDDEN);
    // B's list holds none of A's orders.
    expect((await query(listCustomerOrders, { customerId: ids.customerB, filters: orderList.parse({}) })).total).toBe(
      0,
    );

    expect(await snapshot()).toEqual(before);

    // Creating an order as B ignores any customer id sent along and books it for B.
    // Success redirects to the new order's page (redirect() throws for Next.js to handle).
    expect(
      await redirectTarget(createOrderAction(null, { packageCount: 3, customerId: customerA.id } as never)),
    ).toMatch(/^\/panel\/siparisler\//);
    const db = await getDb();
    const rows = await db.select({ customerId: orders.customerId }).from(orders);
    expect(rows.filter((row) => row.customerId === ids.customerB)).toHaveLength(1);
    expect(rows.filter((row) => row.customerId === customerA.id)).toHaveLength(3);
  });

  it("leave A able to see and cancel its own order", async () => {
    const { customerA, userA } = await twoCustomers();
    const order = await createOrder(customerCtx(userA), { packageCount: 10 });
    signInAs(sessionOf(userA));
    expect((await query(getOrder, { orderId: order.id, customerId: customerA.id }))?.orderNumber).toBe(
      order.orderNumber,
    );
    expect(await cancelOrderAction(null, { orderId: order.id })).toMatchObject({ ok: true });
  });
});
