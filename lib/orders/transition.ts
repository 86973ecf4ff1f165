import "server-only";
import { and, eq } from "drizzle-orm";
import { customerRecipients } from "@/db/queries/customer-account";
import { getOrderOrThrow } from "@/db/queries/orders";
import { orderEvents, orders } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { formatIstanbulDateTime } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { auditActor, type OrderActor, type RequestInfo } from "./create";
import { StaleOrderError } from "./errors";
import { assertTransition, InvalidOrderTransitionError, orderStatusLabel, type OrderStatus } from "./status";

const TIMESTAMP_COLUMN = {
  processing: "processingStartedAt",
  completed: "completedAt",
  cancelled: "cancelledAt",
} as const;

/**
 * Moves an order to `to` with a tracking event and an audit row. With `customerId` only that
 * customer's order can be moved (another customer's id is "not found"). The update is conditional
 * on the status we read, so when two people move the same order at once the second one is refused
 * (StaleOrderError) instead of silently overwriting the first. Completion e-mails the customer.
 */
export async function changeOrderStatus(
  input: {
    orderId: string;
    to: Exclude<OrderStatus, "pending">;
    note?: string | null;
    customerId: string | undefined;
    actor: OrderActor;
    /** Narrower than the status rules: a customer may cancel only a `pending` order. */
    onlyFrom?: OrderStatus;
  } & RequestInfo,
  now = new Date(),
): Promise<{ orderNumber: string; from: OrderStatus; to: OrderStatus }> {
  return transactionWithEmails(async (tx, queue) => {
    const order = await getOrderOrThrow({ orderId: input.orderId, customerId: input.customerId, db: tx });
    if (input.onlyFrom && order.status !== input.onlyFrom)
      throw new InvalidOrderTransitionError(order.status, input.to);
    assertTransition(order.status, input.to);
    const note = input.note?.trim() || null;
    const [updated] = await tx
      .update(orders)
      .set({ status: input.to, [TIMESTAMP_COLUMN[input.to]]: now })
      .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
      .returning({ id: orders.id });
    if (!updated) throw new StaleOrderError();
    await tx.insert(orderEvents).values({
      orderId: order.id,
      fromStatus: order.status,
      toStatus: input.to,
      note,
      actorUserId: input.actor.userId,
      createdAt: now,
    });
    await writeAudit(tx, {
      actor: auditActor(input.actor),
      action: "order.status_changed",
      entityType: "order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: input.to, note },
      ip: input.ip,
      requestId: input.requestId,
    });
    if (input.to === "completed") {
      const orderUrl = new URL(`/panel/siparisler/${order.id}`, env().APP_URL).toString();
      for (const recipient of await customerRecipients({ customerId: order.customerId, db: tx })) {
        await queue({
          to: recipient.email,
          template: "order-status",
          data: {
            name: recipient.name,
            orderNumber: order.orderNumber,
            statusLabel: orderStatusLabel(input.to),
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
