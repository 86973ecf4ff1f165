import "server-only";
import { nextOrderNumber } from "@/db/queries/counters";
import { getCustomerForOrdering } from "@/db/queries/customer-account";
import { periodPackageCount } from "@/db/queries/orders";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { orderEvents, orders } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { billingPeriodOf } from "@/lib/billing/period";
import type { AdminContext, CustomerContext } from "@/lib/context";
import { istanbulYear } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { customerUnitPrice } from "./estimate";
import { orderError } from "./messages";

export type NewOrder = {
  packageCount: number;
  note?: string | null;
  /** Operations choose the customer; a customer's user always orders for its own (this is ignored). */
  customerId?: string;
};

/** Whose order it is: the signed-in customer's, or the one operations chose. */
function customerOf(ctx: CustomerContext | AdminContext, input: NewOrder): string {
  if ("customerId" in ctx) return ctx.customerId;
  if (!input.customerId) throw orderError("CUSTOMER_NOT_FOUND", { field: "customerId" });
  return input.customerId;
}

/**
 * Creates an order: its number (gapless per Istanbul year), the order, its first tracking event, the
 * audit row and the operations alert, in one transaction. The unit price is an estimate: the tier of the packages counted
 * so far in the billing period, this order included (the billing run prices the period for real).
 */
export async function createOrder(
  ctx: CustomerContext | AdminContext,
  input: NewOrder,
  now = new Date(),
): Promise<{ id: string; orderNumber: string }> {
  const customerId = customerOf(ctx, input);
  const period = billingPeriodOf(now);
  return transactionWithEmails(async (tx) => {
    const customer = await getCustomerForOrdering(tx, { customerId, lock: true });
    if (!customer) throw orderError("CUSTOMER_NOT_FOUND", { field: "customerId" });
    if (customer.status === "suspended") {
      throw orderError(customer.suspensionReason === "admin" ? "CUSTOMER_SUSPENDED_BY_ADMIN" : "CUSTOMER_SUSPENDED");
    }
    if (customer.status !== "active") throw orderError("CUSTOMER_INACTIVE");

    const [tiers, premiumSurcharge, counted] = await Promise.all([
      getTierTable(tx, { at: period.start }),
      getPremiumSurcharge(tx, { at: period.start }),
      periodPackageCount(tx, { customerId: customer.id, periodStart: period.start }),
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
        createdBy: ctx.actor.id,
        createdAt: now,
      })
      .returning({ id: orders.id, orderNumber: orders.orderNumber });
    if (!order) throw new Error("Order was not created");
    await tx.insert(orderEvents).values({
      orderId: order.id,
      fromStatus: null,
      toStatus: "pending",
      note,
      actorUserId: ctx.actor.id,
      createdAt: now,
    });
    await writeAudit(tx, ctx, {
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
    });
    await queueOpsAlert(tx, ctx, "order_created", {
      summary: `${orderNumber} · ${customer.companyName}`,
      details: { Paket: String(input.packageCount), ...(note ? { Not: note } : {}) },
      path: `/yonetim/siparisler/${order.id}`,
    });
    return order;
  });
}
