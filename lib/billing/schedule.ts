import "server-only";
import { getDb } from "@/db";
import { getInvoiceDeadlines } from "@/db/queries/billing";
import type { Context } from "../context";
import { deadlinesOf, processDeadlines, type DeadlineOutcome } from "./deadlines";
import type { InvoiceStatus } from "./status";

/** An issued invoice's deadlines as ISO strings (an Inngest step's output), or null when it is not open. */
export async function invoiceSchedule(invoiceId: string) {
  const invoice = await getInvoiceDeadlines(await getDb(), { invoiceId });
  if (!invoice || (invoice.status !== "sent" && invoice.status !== "overdue")) return null;
  const { reminderAt, dueAt, suspensionAt } = deadlinesOf(invoice.dueAt);
  return { reminderAt: reminderAt.toISOString(), dueAt: dueAt.toISOString(), suspensionAt: suspensionAt.toISOString() };
}

/** The deadline rule for one invoice, then its status as it stands (the schedule stops once it is closed). */
export async function processInvoiceDeadlines(
  ctx: Context,
  params: { invoiceId: string; now?: Date },
): Promise<DeadlineOutcome & { status: InvoiceStatus | null }> {
  const outcome = await processDeadlines(ctx, params);
  const invoice = await getInvoiceDeadlines(await getDb(), { invoiceId: params.invoiceId });
  return { ...outcome, status: invoice?.status ?? null };
}
