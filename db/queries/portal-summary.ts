import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../index";
import { invoices } from "../schema";

/** The portal's money figures: what the customer has paid so far and the next invoice to pay. */
export async function getInvoiceSummary(params: { customerId: string }) {
  const db = await getDb();
  const [[paid], [nextDue]] = await Promise.all([
    db
      .select({ value: sql<string>`coalesce(sum(${invoices.total}), 0)` })
      .from(invoices)
      .where(and(eq(invoices.customerId, params.customerId), eq(invoices.status, "paid"))),
    db
      .select({
        id: invoices.id,
        invoiceNumber: invoices.invoiceNumber,
        total: invoices.total,
        dueAt: invoices.dueAt,
        status: invoices.status,
      })
      .from(invoices)
      .where(and(eq(invoices.customerId, params.customerId), inArray(invoices.status, ["sent", "overdue"])))
      .orderBy(asc(invoices.dueAt))
      .limit(1),
  ]);
  return { totalPaid: Number(paid?.value ?? 0), nextDue: nextDue ?? null };
}
