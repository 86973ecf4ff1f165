import { NonRetriableError } from "inngest";
import { systemContext } from "@/lib/context";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { periodStartingAt } from "@/lib/billing/period";
import { inngest } from "../client";
import { invoiceRequested } from "../events";

/**
 * One customer's invoice of a period, asked for by the billing run: the draft, then its issue. Both
 * rules are idempotent, so a retried step or a repeated event changes nothing.
 */
export const invoiceCustomer = inngest().createFunction(
  // The numbering serializes on one counter row: a few at a time keeps the database's connections free.
  { id: "invoice-customer", triggers: [invoiceRequested], concurrency: { limit: 5 } },
  async ({ event, step, runId }) => {
    const ctx = systemContext("invoice-customer", { label: "faturalandırma", requestId: runId });
    const period = periodStartingAt(new Date(event.data.periodStart));
    if (!period) throw new NonRetriableError(`No billing period starts at ${event.data.periodStart}`);
    const generated = await step.run("generate", () =>
      generateInvoice(ctx, { period, customerId: event.data.customerId }),
    );
    if (!generated.invoiceId) return { invoiceId: null, invoiceNumber: null };
    const invoiceId = generated.invoiceId;
    const issued = await step.run("finalize", () => finalizeInvoices(ctx, { invoiceIds: [invoiceId] }));
    return { invoiceId, invoiceNumber: issued[0]?.invoiceNumber ?? null };
  },
);
