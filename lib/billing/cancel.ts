import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { lockInvoice } from "@/db/queries/billing";
import { invoices } from "@/db/schema";
import { writeAudit } from "../audit";
import type { AdminContext } from "../context";
import { billingError } from "./messages";
import { reactivateSettledCustomers } from "./reactivate";
import type { CancelInvoiceInput } from "./schemas";
import { invoiceStatus, type InvoiceStatus } from "./status";

/**
 * `Faturayı iptal et`: operations cancel an invoice that is not paid, with a reason. It keeps its
 * number and its row (an issued number is never reused or deleted) and its deadlines stop (they only
 * act on `sent` and `overdue`). A customer suspended for it alone is reactivated.
 */
export async function cancelInvoice(
  ctx: AdminContext,
  input: CancelInvoiceInput,
  now = new Date(),
): Promise<{ invoiceId: string; invoiceNumber: string | null; from: InvoiceStatus }> {
  const db = await getDb();
  const cancelled = await db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, { invoiceId: input.invoiceId });
    if (!invoice) throw billingError("INVOICE_NOT_FOUND");
    invoiceStatus.assert(invoice.status, "cancelled");
    await tx
      .update(invoices)
      .set({ status: "cancelled", cancelledAt: now, cancelReason: input.reason })
      .where(eq(invoices.id, invoice.id));
    await writeAudit(tx, ctx, {
      action: "invoice.cancelled",
      entityType: "invoice",
      entityId: invoice.id,
      before: { status: invoice.status },
      after: { status: "cancelled", cancelReason: input.reason },
    });
    return invoice;
  });
  if (cancelled.status === "overdue") await reactivateSettledCustomers(ctx, { customerId: cancelled.customerId, now });
  return { invoiceId: cancelled.id, invoiceNumber: cancelled.invoiceNumber, from: cancelled.status };
}
