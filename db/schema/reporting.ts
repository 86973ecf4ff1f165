import { date, index, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { kurusTotal, ts } from "./_columns";
import { customers } from "./customers";

/*
 * Running totals the database keeps itself (triggers on invoices and orders, migration 0004): the
 * dashboard and the customer list read a few rows of these instead of summing a year of invoices or a
 * period of orders (1,200,000 and 80,000 rows at 100,000 customers). Whoever writes invoices or
 * orders (billing, payments, the portal, an admin, a script) keeps them right without knowing.
 * `rebuild_reporting()` recomputes them all from the source rows.
 */

/** Revenue received per Istanbul calendar day: paid invoices by the day of their payment. */
export const revenueDays = pgTable("revenue_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  invoices: integer("invoices").notNull().default(0),
  /** Subtotals, KDV excluded, kuruş. */
  net: kurusTotal("net").notNull().default(0),
  /** Totals, KDV included, kuruş. */
  gross: kurusTotal("gross").notNull().default(0),
});

/** Orders per Istanbul calendar day of creation: all of them, and the packages of those not cancelled. */
export const orderDays = pgTable("order_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  orders: integer("orders").notNull().default(0),
  packages: integer("packages").notNull().default(0),
});

/**
 * Each customer's orders of a billing period (by `orders.billing_period_start`) and their packages
 * that still count (not cancelled): the customer's tier so far, and the period's activity.
 */
export const customerPeriods = pgTable(
  "customer_periods",
  {
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    periodStart: ts("period_start").notNull(),
    orders: integer("orders").notNull().default(0),
    packages: integer("packages").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "customer_periods_pkey", columns: [t.periodStart, t.customerId] }),
    // A tier of a period: the customers whose packages fall in a range.
    index("customer_periods_packages_idx").on(t.periodStart, t.packages, t.customerId),
  ],
);
