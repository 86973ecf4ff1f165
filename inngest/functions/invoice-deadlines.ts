import { invoiceSchedule, processInvoiceDeadlines } from "@/lib/billing/schedule";
import { systemContext } from "@/lib/context";
import { inngest } from "../client";
import { invoicePaid, invoiceSent } from "../events";

const OPEN = new Set(["sent", "overdue"]);

/**
 * Each issued invoice's deadlines: sleep until the reminder, the due time and the suspension, and at
 * each run the deadline rule for this invoice (which re-reads it, so a payment in between is seen).
 * The paid event cancels the schedule; a closed invoice (paid, cancelled) also ends it at its next step.
 */
export const invoiceDeadlines = inngest().createFunction(
  {
    id: "invoice-deadlines",
    triggers: [invoiceSent],
    cancelOn: [{ event: invoicePaid, if: "async.data.invoiceId == event.data.invoiceId" }],
  },
  async ({ event, step, runId }) => {
    const ctx = systemContext("invoice-deadlines", { label: "vade takibi", requestId: runId });
    const { invoiceId } = event.data;
    const schedule = await step.run("read-deadlines", () => invoiceSchedule(invoiceId));
    if (!schedule) return { stoppedAt: "read-deadlines" };
    const deadlines = [
      ["reminder", schedule.reminderAt],
      ["overdue", schedule.dueAt],
      ["suspension", schedule.suspensionAt],
    ] as const;
    for (const [name, at] of deadlines) {
      await step.sleepUntil(`until-${name}`, at);
      const outcome = await step.run(name, () => processInvoiceDeadlines(ctx, { invoiceId }));
      if (!outcome.status || !OPEN.has(outcome.status)) return { stoppedAt: name, status: outcome.status };
    }
    return { stoppedAt: "suspension", status: "overdue" };
  },
);
