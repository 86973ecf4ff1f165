import "server-only";
import { and, eq } from "drizzle-orm";
import { customerRecipients } from "@/db/queries/customer-account";
import { getOrder } from "@/db/queries/orders";
import { orderEvents, orders } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { AdminContext, CustomerContext } from "@/lib/context";
import { formatIstanbulDateTime } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { orderError } from "./messages";
import { orderStatus, type OrderStatus } from "./status";

const TIMESTAMP_COLUMN = {
  processing: "processingStartedAt",
  completed: "completedAt",
  cancelled: "cancelledAt",
} as const;

export type StatusChange = { orderId: string; to: Exclude<OrderStatus, "pending">; note?: string | null };

/**
 * Moves an order to `to` with a tracking event and an audit row. Operations move any order as the
 * status machine allows; a customer's user sees only its own orders (another customer's is "not
 * found") and may only cancel one that still waits. The update is conditional on the status we read,
 * so when two people move the same order at once the second one is refused (ORDER_STALE) instead of
 * silently overwriting the first. Completion e-mails the customer.
 */
export async function changeOrderStatus(
  ctx: CustomerContext | AdminContext,
  input: StatusChange,
  now = new Date(),
): Promise<{ orderNumber: string; from: OrderStatus; to: OrderStatus }> {
  const byCustomer = "customerId" in ctx;
  return transactionWithEmails(async (tx, queue) => {
    const order = await getOrder(tx, { orderId: input.orderId, customerId: byCustomer ? ctx.customerId : null });
    if (!order) throw orderError("ORDER_NOT_FOUND");
    if (byCustomer && (input.to !== "cancelled" || order.status !== "pending")) {
      throw orderError("ORDER_NOT_CANCELLABLE");
    }
    orderStatus.assert(order.status, input.to);
    const note = input.note?.trim() || null;
    const [updated] = await tx
      .update(orders)
      .set({ status: input.to, [TIMESTAMP_COLUMN[input.to]]: now })
      .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
      .returning({ id: orders.id });
    if (!updated) throw orderError("ORDER_STALE");
    await tx.insert(orderEvents).values({
      orderId: order.id,
      fromStatus: order.status,
      toStatus: input.to,
      note,
      actorUserId: ctx.actor.id,
      createdAt: now,
    });
    await writeAudit(tx, ctx, {
      action: "order.status_changed",
      entityType: "order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: input.to, note },
    });
    if (input.to === "cancelled") {
      await queueOpsAlert(tx, ctx, "order_cancelled", {
        summary: `${order.orderNumber} · ${order.companyName}`,
        details: { Paket: String(order.packageCount), ...(note ? { Not: note } : {}) },
        path: `/yonetim/siparisler/${order.id}`,
      });
    }
    if (input.to === "completed") {
      const orderUrl = new URL(`/panel/siparisler/${order.id}`, env().APP_URL).toString();
      for (const recipient of await customerRecipients(tx, { customerId: order.customerId })) {
        await queue({
          to: recipient.email,
          template: "order-status",
          data: {
            name: recipient.name,
            orderNumber: order.orderNumber,
            statusLabel: orderStatus.label(input.to),
            packageCount: order.packageCount,
            changedAt: formatIstanbulDateTime(now),
            note,
            orderUrl,
          },
        });
      }
    }
    return { orderNumber: order.orderNumber, from: order.status, to: input.to };
  });
}
