/**
 * Billing's events, sent after the change they announce has committed. Each has an id, so a retry
 * that sends it again is dropped by Inngest. Without Inngest nothing listens: the 15-minute deadline
 * sweep and the rules called directly do the same work, so a lost event delays it to the next sweep.
 * A sweep does what is due when it runs: one that runs only after the due time sends no reminder (a
 * reminder after the deadline would be wrong) but the overdue notice, and one that runs only after
 * the grace too sends the notice and suspends the account together.
 */
import { inngest, inngestConfigured } from "@/inngest/client";
import { invoicePaid, invoiceSent } from "@/inngest/events";
import type { Context } from "../context";

type InvoiceRef = { invoiceId: string; customerId: string };

async function send(ctx: Context, events: Parameters<ReturnType<typeof inngest>["send"]>[0], count: number) {
  if (count === 0 || !inngestConfigured()) return false;
  try {
    await inngest().send(events);
    return true;
  } catch (error) {
    ctx.log.warn({ err: error, count }, "billing events not sent; the deadline sweep covers them");
    return false;
  }
}

/** `invoice/sent` for each newly issued invoice: its deadline schedule starts. */
export function publishInvoicesSent(ctx: Context, issued: readonly InvoiceRef[]): Promise<boolean> {
  const events = issued.map(({ invoiceId, customerId }) =>
    invoiceSent.create({ invoiceId, customerId }, { id: `invoice-sent-${invoiceId}` }),
  );
  return send(ctx, events, events.length);
}

/** `invoice/paid`: the schedule stops and the customer may be reactivated. False when not handed over. */
export function publishInvoicePaid(ctx: Context, paid: InvoiceRef): Promise<boolean> {
  const { invoiceId, customerId } = paid;
  return send(ctx, [invoicePaid.create({ invoiceId, customerId }, { id: `invoice-paid-${invoiceId}` })], 1);
}
