import { date, integer, pgTable } from "drizzle-orm/pg-core";
import { kurusTotal } from "./_columns";

/**
 * Revenue received per Istanbul calendar day: paid invoices by the day of their payment, kept by the
 * database itself (a trigger on invoices, migration 0004), so the dashboard's twelve months sum at
 * most 366 rows instead of a year of invoices (1,200,000 at 100,000 customers).
 */
export const revenueDays = pgTable("revenue_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  invoices: integer("invoices").notNull().default(0),
  /** Subtotals, KDV excluded, kuruş. */
  net: kurusTotal("net").notNull().default(0),
  /** Totals, KDV included, kuruş. */
  gross: kurusTotal("gross").notNull().default(0),
});
