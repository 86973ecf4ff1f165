import "server-only";
import { nextOrderNumber } from "@/db/queries/counters";
import { getCustomerForOrdering } from "@/db/queries/customer-account";
import { periodPackageCount } from "@/db/queries/orders";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { getDb } from "@/db";
import { orderEvents, orders } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { billingPeriodOf } from "@/lib/billing/period";
import { istanbulYear } from "@/lib/dates";
import { CustomerCannotOrderError } from "./errors";
import { customerUnitPrice } from "./estimate";

export type OrderActor = { userId: string; email: string };
export type RequestInfo = { ip?: string | null; requestId?: string | null };

export const auditActor = (actor: OrderActor): AuditActor => ({
  kind: "user",
  userId: actor.userId,
  email: actor.email,
});

/**
 * Creates an order: its number (gapless per Istanbul year), the order, its first tracking event and
 * the audit row, in one transaction. The unit price is an estimate: the tier of the packages counted
 * so far in the billing period, this order included (the billing run prices the period for real).
 */
export async function createOrder(
  input: { customerId: string; packageCount: number; note?: string | null; actor: OrderActor } & RequestInfo,
  now = new Date(),
): Promise<{ id: string; orderNumber: string }> {
  const db = await getDb();
  const period = billingPeriodOf(now);
  return db.transaction(async (tx) => {
    const customer = await getCustomerForOrdering({ customerId: input.customerId, db: tx, lock: true });
    if (customer.status !== "active") throw new CustomerCannotOrderError(customer.status);

    const [tiers, premiumSurcharge, counted] = await Promise.all([
      getTierTable({ at: period.start, db: tx }),
      getPremiumSurcharge({ at: period.start, db: tx }),
      periodPackageCount({ customerId: customer.id, periodStart: period.start, db: tx }),
    ]);
    const estimatedUnitPrice = customerUnitPrice(
      tiers,
      { serviceType: customer.serviceType, premiumSurcharge, contractUnitPrice: customer.contractUnitPrice },
      counted + input.packageCount,
    );

    // Taken last, after every check that could refuse: the counter row stays locked the shortest.
    const orderNumber = await nextOrderNumber(tx, istanbulYear(now));
    const note = input.note?.trim() || null;
    const [order] = await tx
      .insert(orders)
      .values({
        orderNumber,
        customerId: customer.id,
        packageCount: input.packageCount,
        note,
        status: "pending",
        billingPeriodStart: period.start,
        estimatedUnitPrice,
        createdBy: input.actor.userId,
        createdAt: now,
      })
      .returning({ id: orders.id, orderNumber: orders.orderNumber });
    if (!order) throw new Error("Order was not created");
    await tx.insert(orderEvents).values({
      orderId: order.id,
      fromStatus: null,
      toStatus: "pending",
      note,
      actorUserId: input.actor.userId,
      createdAt: now,
    });
    await writeAudit(tx, {
      actor: auditActor(input.actor),
      action: "order.created",
      entityType: "order",
      entityId: order.id,
      after: {
        orderNumber,
        customerId: customer.id,
        packageCount: input.packageCount,
        status: "pending",
        estimatedUnitPrice,
      },
      ip: input.ip,
      requestId: input.requestId,
    });
    return order;
  });
}
