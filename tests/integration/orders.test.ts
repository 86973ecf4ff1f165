import "./helpers/next-mocks";
import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cancelOrderAction, createOrderAction } from "@/app/(portal)/panel/siparisler/actions";
import { adminCreateOrderAction, changeOrderStatusAction } from "@/app/(admin)/yonetim/siparisler/actions";
import { getDb } from "@/db";
import { auditLogs, emails, numberCounters, orderEvents, orders } from "@/db/schema";
import { billingPeriodOf } from "@/lib/billing/period";
import { isAppError } from "@/lib/errors";
import { createOrder } from "@/lib/orders/create";
import { ORDER_MESSAGES } from "@/lib/orders/messages";
import { orderStatus } from "@/lib/orders/status";
import { changeOrderStatus } from "@/lib/orders/transition";
import { adminCtx, customerCtx } from "./helpers/context";
import { ids, insertCustomer, insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { redirectTarget } from "./helpers/redirect";
import { signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

const NOW = new Date("2026-11-20T09:00:00Z");
const SUSPENDED_ORDER_MESSAGE = ORDER_MESSAGES.CUSTOMER_SUSPENDED;

async function eventsOf(orderId: string) {
  const db = await getDb();
  return db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.createdAt);
}

describe("creating an order", () => {
  it("numbers it, puts it in the billing period, prices the tier including it, and records event and audit", async () => {
    const { userA } = await twoCustomers();
    const first = await createOrder(customerCtx(userA), { packageCount: 80, note: " İlk parti " }, NOW);
    const second = await createOrder(customerCtx(userA), { packageCount: 40 }, NOW);
    expect([first.orderNumber, second.orderNumber]).toEqual(["SP-2026-000001", "SP-2026-000002"]);

    const db = await getDb();
    const [row] = await db.select().from(orders).where(eq(orders.id, first.id));
    expect(row).toMatchObject({ status: "pending", note: "İlk parti", packageCount: 80, createdBy: userA.id });
    expect(row!.billingPeriodStart).toEqual(billingPeriodOf(NOW).start);
    // 80 packages: 0-100 tier (45,00 TL); 80 + 40 = 120: the 101-250 tier (40,00 TL).
    expect(row!.estimatedUnitPrice).toBe(4500);
    const [secondRow] = await db.select().from(orders).where(eq(orders.id, second.id));
    expect(secondRow!.estimatedUnitPrice).toBe(4000);

    expect(await eventsOf(first.id)).toMatchObject([
      { fromStatus: null, toStatus: "pending", note: "İlk parti", actorUserId: userA.id },
    ]);
    const audits = await db.select().from(auditLogs).where(eq(auditLogs.entityId, first.id));
    expect(audits).toMatchObject([{ action: "order.created", actorUserId: userA.id, entityType: "order" }]);
  });

  it("adds the premium surcharge, and uses the contract price for custom service", async () => {
    const premium = await insertCustomer({ id: ids.customerA, serviceType: "premium" });
    const custom = await insertCustomer({ id: ids.customerB, serviceType: "custom", contractUnitPrice: 3150 });
    const admin = await insertUser({ id: ids.admin, email: "op@cardak.test", role: "admin" });
    const db = await getDb();
    const a = await createOrder(adminCtx(admin), { customerId: premium.id, packageCount: 300 }, NOW);
    const b = await createOrder(adminCtx(admin), { customerId: custom.id, packageCount: 5 }, NOW);
    const rows = await db.select({ id: orders.id, price: orders.estimatedUnitPrice }).from(orders);
    expect(rows.find((r) => r.id === a.id)?.price).toBe(3500 + 750);
    expect(rows.find((r) => r.id === b.id)?.price).toBe(3150);
  });

  it("keeps order numbers gapless under 50 concurrent creations, failures included", async () => {
    const { userA, userB } = await twoCustomers();
    const attempts = Array.from({ length: 50 }, (_, index) =>
      createOrder(customerCtx(index % 2 ? userB : userA), { packageCount: 1 + index }, NOW),
    );
    // Interleaved creations that fail after taking a number (the package count check in the database).
    const failing = Array.from({ length: 5 }, () => createOrder(customerCtx(userA), { packageCount: 0 }, NOW));
    const results = await Promise.allSettled([...attempts, ...failing]);
    expect(results.slice(0, 50).every((result) => result.status === "fulfilled")).toBe(true);
    expect(results.slice(50).every((result) => result.status === "rejected")).toBe(true);

    const db = await getDb();
    const numbers = (await db.select({ n: orders.orderNumber }).from(orders)).map((row) => row.n).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `SP-2026-${String(i + 1).padStart(6, "0")}`));
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "order:2026"));
    expect(counter?.value).toBe(50);
    expect(await db.select({ id: orderEvents.id }).from(orderEvents)).toHaveLength(50);
  });

  it("refuses a suspended customer with the Turkish message, and writes nothing", async () => {
    const customer = await insertCustomer({ id: ids.customerA, status: "suspended" });
    const user = await insertUser({ id: ids.userA, email: "askida@firma.test", customerId: customer.id });
    signInAs(sessionOf(user));
    const result = await createOrderAction(null, { packageCount: 10, note: "" });
    expect(result).toEqual({ ok: false, formError: SUSPENDED_ORDER_MESSAGE });
    expect(SUSPENDED_ORDER_MESSAGE).toContain("askıya alındığı");
    const db = await getDb();
    expect(await db.select().from(orders)).toEqual([]);
    expect(await db.select().from(numberCounters)).toEqual([]);
    expect(await db.select().from(auditLogs)).toEqual([]);
  });

  it("refuses a package count outside 1 to 100,000 on the field", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const tooMany = await createOrderAction(null, { packageCount: 100_001 });
    const none = await createOrderAction(null, { packageCount: 0 });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { packageCount: [expect.stringContaining("En fazla")] } });
    expect(none).toMatchObject({ ok: false, fieldErrors: { packageCount: ["En az 1 paket girin"] } });
    expect(await (await getDb()).select().from(orders)).toEqual([]);
  });
});

describe("operations creating an order for a customer", () => {
  it("books it for the chosen customer, and refuses a suspended or inactive one in the operator's words", async () => {
    const { customerA, admin } = await twoCustomers();
    const suspended = await insertCustomer({ id: "0d000000-0000-4000-8000-00000000000d", status: "suspended" });
    const inactive = await insertCustomer({ id: "0e000000-0000-4000-8000-00000000000e", status: "inactive" });
    signInAs(sessionOf(admin));
    expect(
      await redirectTarget(
        adminCreateOrderAction(null, { customerId: customerA.id, packageCount: 250, note: "Telefonla" }),
      ),
    ).toMatch(/^\/yonetim\/siparisler\//);
    expect(await adminCreateOrderAction(null, { customerId: suspended.id, packageCount: 5 })).toEqual({
      ok: false,
      formError: "Müşterinin hesabı askıya alınmış; sipariş oluşturulamaz.",
    });
    expect(await adminCreateOrderAction(null, { customerId: inactive.id, packageCount: 5 })).toEqual({
      ok: false,
      formError: "Müşterinin hesabı etkin değil; sipariş oluşturulamaz.",
    });
    const db = await getDb();
    expect(
      await db
        .select({ customerId: orders.customerId, createdBy: orders.createdBy, count: orders.packageCount })
        .from(orders),
    ).toEqual([{ customerId: customerA.id, createdBy: admin.id, count: 250 }]);
  });
});

describe("moving an order", () => {
  it("goes pending → processing → completed with times, events, audits and the completion e-mail", async () => {
    const { customerA, userA, admin } = await twoCustomers();
    await insertUser({ id: ids.userA2, email: "kapali@anadolu.test", customerId: customerA.id, disabled: true });
    const order = await createOrder(customerCtx(userA), { packageCount: 12 }, NOW);
    signInAs(sessionOf(admin));
    expect(
      await changeOrderStatusAction(null, { orderId: order.id, to: "processing", note: "Depoya alındı" }),
    ).toMatchObject({ ok: true, message: "SP-2026-000001 numaralı sipariş işleme alındı." });
    const db = await getDb();
    // The customer's e-mails (the new order's operations alert is tested in ops-alerts.test.ts).
    const customerMails = () => db.select().from(emails).where(ne(emails.template, "ops-alert"));
    expect(await customerMails()).toEqual([]);
    expect(
      await changeOrderStatusAction(null, { orderId: order.id, to: "completed", note: "Kargoya verildi" }),
    ).toMatchObject({ ok: true, message: "SP-2026-000001 numaralı sipariş tamamlandı." });

    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: "completed", cancelledAt: null });
    expect(row!.processingStartedAt).toBeInstanceOf(Date);
    expect(row!.completedAt).toBeInstanceOf(Date);
    expect((await eventsOf(order.id)).map((e) => [e.fromStatus, e.toStatus, e.note, e.actorUserId])).toEqual([
      [null, "pending", null, userA.id],
      ["pending", "processing", "Depoya alındı", admin.id],
      ["processing", "completed", "Kargoya verildi", admin.id],
    ]);
    const audits = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.entityId, order.id), eq(auditLogs.action, "order.status_changed")));
    expect(audits).toHaveLength(2);
    // Only the enabled user of the customer gets the e-mail, rendered after the response.
    await responseSent();
    const mails = await customerMails();
    expect(mails).toMatchObject([{ recipient: "ayse@anadolu.test", template: "order-status", status: "stored" }]);
    expect(mails[0]!.subject).toBe("SP-2026-000001 numaralı siparişiniz: Tamamlandı");

    const again = await changeOrderStatusAction(null, { orderId: order.id, to: "cancelled" });
    expect(again).toEqual({ ok: false, formError: "Tamamlanmış bir sipariş iptal edilemez" });
  });

  it("sends the completion e-mail to the contact address when the customer has no users", async () => {
    const customer = await insertCustomer({ id: ids.customerA, email: "iletisim@firma.test" });
    const admin = await insertUser({ id: ids.admin, email: "op@cardak.test", role: "admin" });
    const order = await createOrder(adminCtx(admin), { customerId: customer.id, packageCount: 3 }, NOW);
    await changeOrderStatus(adminCtx(admin), { orderId: order.id, to: "processing" });
    await changeOrderStatus(adminCtx(admin), { orderId: order.id, to: "completed" });
    expect(
      await (await getDb()).select({ to: emails.recipient }).from(emails).where(eq(emails.template, "order-status")),
    ).toEqual([{ to: "iletisim@firma.test" }]);
  });

  it("lets only one of two simultaneous moves of the same order through", async () => {
    const { userA, admin } = await twoCustomers();
    const order = await createOrder(customerCtx(userA), { packageCount: 5 }, NOW);
    const move = (note: string) => changeOrderStatus(adminCtx(admin), { orderId: order.id, to: "processing", note });
    const results = await Promise.allSettled([move("birinci"), move("ikinci")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isAppError(refused.reason, "ORDER_STALE") || isAppError(refused.reason, orderStatus.transitionCode)).toBe(
      true,
    );
    expect((await eventsOf(order.id)).map((e) => e.toStatus)).toEqual(["pending", "processing"]);
  });

  it("lets a customer cancel its own pending order, but not one in processing", async () => {
    const { userA, admin } = await twoCustomers();
    const waiting = await createOrder(customerCtx(userA), { packageCount: 5 }, NOW);
    const busy = await createOrder(customerCtx(userA), { packageCount: 6 }, NOW);
    await changeOrderStatus(adminCtx(admin), { orderId: busy.id, to: "processing" });
    signInAs(sessionOf(userA));
    expect(await cancelOrderAction(null, { orderId: waiting.id, note: "Vazgeçtik" })).toMatchObject({ ok: true });
    expect(await cancelOrderAction(null, { orderId: busy.id })).toEqual({
      ok: false,
      formError: "Yalnızca beklemedeki siparişler iptal edilebilir.",
    });
    // The customer's context is the rule, whatever the caller asks for: only a waiting order, only cancelled.
    await expect(
      changeOrderStatus(customerCtx(userA), { orderId: waiting.id, to: "processing" }),
    ).rejects.toMatchObject({ code: "ORDER_NOT_CANCELLABLE" });
    const db = await getDb();
    const rows = await db
      .select({ id: orders.id, status: orders.status, cancelledAt: orders.cancelledAt })
      .from(orders);
    expect(rows.find((r) => r.id === waiting.id)).toMatchObject({ status: "cancelled", cancelledAt: expect.any(Date) });
    expect(rows.find((r) => r.id === busy.id)).toMatchObject({ status: "processing", cancelledAt: null });
  });
});
