import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, kurus, ts, updatedAt } from "./_columns";
import { customers, users } from "./customers";
import { orderStatusEnum } from "./enums";

export const orders = pgTable(
  "orders",
  {
    id: id(),
    /** SP-2026-000123, gapless per year (number_counters). */
    orderNumber: text("order_number").notNull(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    packageCount: integer("package_count").notNull(),
    note: text("note"),
    status: orderStatusEnum("status").notNull().default("pending"),
    /** Start of the 15th-to-15th billing period (Istanbul) the order was created in. */
    billingPeriodStart: ts("billing_period_start").notNull(),
    estimatedUnitPrice: kurus("estimated_unit_price").notNull(),
    processingStartedAt: ts("processing_started_at"),
    completedAt: ts("completed_at"),
    cancelledAt: ts("cancelled_at"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("orders_order_number_unique").on(t.orderNumber),
    // The admin list's keyset order (newest first, then id), alone or after a customer or status filter.
    index("orders_customer_created_idx").on(t.customerId, t.createdAt, t.id),
    index("orders_customer_period_idx").on(t.customerId, t.billingPeriodStart),
    // Billing counts each customer's packages completed in a period (lib/billing/generate.ts).
    index("orders_customer_completed_idx")
      .on(t.customerId, t.completedAt, t.packageCount)
      .where(sql`${t.status} = 'completed'`),
    index("orders_status_created_idx").on(t.status, t.createdAt, t.id),
    index("orders_created_at_idx").on(t.createdAt, t.id),
    index("orders_created_by_idx").on(t.createdBy),
    check("orders_package_count_check", sql`${t.packageCount} between 1 and 100000`),
  ],
);

/** The tracking timeline: one row per status change. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: id(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatusEnum("from_status"),
    toStatus: orderStatusEnum("to_status").notNull(),
    note: text("note"),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("order_events_order_created_idx").on(t.orderId, t.createdAt),
    index("order_events_actor_user_id_idx").on(t.actorUserId),
  ],
);

export type Order = typeof orders.$inferSelect;
export type OrderEvent = typeof orderEvents.$inferSelect;
