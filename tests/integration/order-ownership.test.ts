import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { adminCreateOrderAction, changeOrderStatusAction } from "@/app/(admin)/yonetim/siparisler/actions";
import { cancelOrderAction, createOrderAction } from "@/app/(portal)/panel/siparisler/actions";
import { loadOrderOr404 } from "@/components/orders/load-order";
import { getDb } from "@/db";
import { getOrderOrThrow, listCustomerOrders } from "@/db/queries/orders";
import { auditLogs, emails, orderEvents, orders } from "@/db/schema";
import { createOrder } from "@/lib/orders/create";
import { parseOrderListQuery } from "@/lib/orders/filters";
import { OrderNotFoundError } from "@/lib/orders/errors";
import { changeOrderStatus } from "@/lib/orders/transition";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

const NOT_FOUND = { ok: false, formError: "Sipariş bulunamadı." };
const FORBIDDEN = { ok: false, formError: "Bu işlem için yetkiniz yok." };
const MISSING_ID = "9f000000-0000-4000-8000-000000000099";

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
    const actor = { userId: userA.id, email: userA.email };
    const pending = await createOrder({ customerId: customerA.id, packageCount: 10, actor });
    const processing = await createOrder({ customerId: customerA.id, packageCount: 20, actor });
    const completed = await createOrder({ customerId: customerA.id, packageCount: 30, actor });
    const opsActor = { userId: admin.id, email: admin.email };
    await changeOrderStatus({ orderId: processing.id, to: "processing", customerId: undefined, actor: opsActor });
    await changeOrderStatus({ orderId: completed.id, to: "processing", customerId: undefined, actor: opsActor });
    await changeOrderStatus({ orderId: completed.id, to: "completed", customerId: undefined, actor: opsActor });
    const before = await snapshot();

    signInAs(sessionOf(userB));
    for (const order of [pending, processing, completed]) {
      // View: the detail page answers 404, as for an id that does not exist.
      await expect(loadOrderOr404(order.id, userB.customerId!)).rejects.toMatchObject({
        digest: "NEXT_HTTP_ERROR_FALLBACK;404",
      });
      await expect(getOrderOrThrow({ orderId: order.id, customerId: userB.customerId! })).rejects.toBeInstanceOf(
        OrderNotFoundError,
      );
      // Cancel: the same answer as a missing order.
      expect(await cancelOrderAction(null, { orderId: order.id, note: "başkasının siparişi" })).toEqual(NOT_FOUND);
      // Operations' actions are refused to any customer.
      for (const to of ["processing", "completed", "cancelled"] as const) {
        expect(await changeOrderStatusAction(null, { orderId: order.id, to, note: "x" })).toEqual(FORBIDDEN);
      }
    }
    expect(await cancelOrderAction(null, { orderId: MISSING_ID })).toEqual(NOT_FOUND);
    await expect(loadOrderOr404(MISSING_ID, userB.customerId!)).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    await expect(loadOrderOr404("not-a-uuid", userB.customerId!)).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(await adminCreateOrderAction(null, { customerId: customerA.id, packageCount: 5 })).toEqual(FORBIDDEN);
    // B's list holds none of A's orders.
    expect((await listCustomerOrders({ customerId: userB.customerId!, query: parseOrderListQuery({}) })).total).toBe(0);

    expect(await snapshot()).toEqual(before);

    // Creating an order as B ignores any customer id sent along and books it for B.
    // Success redirects to the new order's page (redirect() throws for Next.js to handle).
    await expect(createOrderAction(null, { packageCount: 3, customerId: customerA.id } as never)).rejects.toMatchObject(
      {
        digest: expect.stringContaining("/panel/siparisler/"),
      },
    );
    const db = await getDb();
    const rows = await db.select({ customerId: orders.customerId }).from(orders);
    expect(rows.filter((row) => row.customerId === userB.customerId)).toHaveLength(1);
    expect(rows.filter((row) => row.customerId === customerA.id)).toHaveLength(3);
  });

  it("leave A able to see and cancel its own order", async () => {
    const { customerA, userA } = await twoCustomers();
    const order = await createOrder({
      customerId: customerA.id,
      packageCount: 10,
      actor: { userId: userA.id, email: userA.email },
    });
    expect((await loadOrderOr404(order.id, customerA.id)).orderNumber).toBe(order.orderNumber);
    signInAs(sessionOf(userA));
    expect(await cancelOrderAction(null, { orderId: order.id })).toMatchObject({ ok: true });
  });
});
