import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLogs, customers, emails, invoiceLines, invoices, orders } from "@/db/schema";
import { billingPeriodOf, type BillingPeriod } from "@/lib/billing/period";
import { istanbulTime, istanbulYear } from "@/lib/dates";
import { formatOrderNumber } from "@/lib/numbering";

/** The period the billing tests bill: 15.01.2026 – 15.02.2026, billed on 15.02.2026 at 09:00. */
export const PERIOD: BillingPeriod = billingPeriodOf(istanbulTime(2026, 1, 20));
export const RUN_AT = istanbulTime(2026, 2, 15, 9, 0);
/** Customers that existed before the period started (storage is charged from the first full period). */
export const BEFORE_PERIOD = istanbulTime(2025, 12, 1);

let orderSequence = 0;

/**
 * Completed orders of a customer with these package counts, completed at `completedAt` (inside the
 * period by default). Order numbers stay unique across calls within a test file.
 */
export async function completeOrders(customerId: string, counts: number[], completedAt = istanbulTime(2026, 1, 25)) {
  const db = await getDb();
  const values = counts.map((packageCount) => ({
    orderNumber: formatOrderNumber(istanbulYear(completedAt), ++orderSequence),
    customerId,
    packageCount,
    status: "completed" as const,
    billingPeriodStart: billingPeriodOf(completedAt).start,
    estimatedUnitPrice: 4500,
    processingStartedAt: completedAt,
    completedAt,
    createdAt: completedAt,
  }));
  if (values.length > 0) await db.insert(orders).values(values);
}

export async function invoiceRows() {
  const db = await getDb();
  return db.select().from(invoices).orderBy(asc(invoices.invoiceNumber), asc(invoices.createdAt));
}

export async function invoiceOf(customerId: string) {
  const db = await getDb();
  const [row] = await db.select().from(invoices).where(eq(invoices.customerId, customerId));
  return row ?? null;
}

export async function linesOf(invoiceId: string) {
  const db = await getDb();
  return db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(invoiceLines.position);
}

export async function emailsTo(recipient: string, template?: string) {
  const db = await getDb();
  const rows = await db.select().from(emails).where(eq(emails.recipient, recipient)).orderBy(asc(emails.createdAt));
  return template ? rows.filter((row) => row.template === template) : rows;
}

export async function auditsOf(entityId: string) {
  const db = await getDb();
  return db.select().from(auditLogs).where(eq(auditLogs.entityId, entityId)).orderBy(asc(auditLogs.createdAt));
}

export async function customerStatus(customerId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ status: customers.status, reason: customers.suspensionReason })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row!;
}

/** `n` fixed customer ids (c0000000-…-<n>) for tests that need many. */
export function customerIds(count: number, prefix = "c") {
  return Array.from(
    { length: count },
    (_, index) => `${prefix}0000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
  );
}
