import { periodKey, lastEndedPeriod, type BillingPeriod } from "@/lib/billing/period";
import { nextBillableCustomers, RUN_CHUNK_SIZE } from "@/lib/billing/run";
import { inngest } from "../client";
import { invoiceRequested } from "../events";

/** On the 15th at 09:00 Istanbul time the period that just ended is billed. */
export const BILLING_RUN_CRON = "TZ=Europe/Istanbul 0 9 15 * *";

/**
 * The monthly billing run: the billable customers of the period that ended, 500 per step, each asked
 * for its invoice by one `invoice/requested` event (invoice-customer.ts does the work). The event id
 * `invoice-<customer>-<period>` makes Inngest drop a repeat for 24 hours; the unique index on
 * (customer, period) covers the rest.
 */
export const billingRun = inngest().createFunction(
  { id: "billing-run", triggers: [{ cron: BILLING_RUN_CRON }] },
  async ({ step }) => {
    // Chosen once: a retry days later still bills the same period.
    const chosen = await step.run("choose-period", () => {
      const period = lastEndedPeriod(new Date());
      return { start: period.start.toISOString(), end: period.end.toISOString() };
    });
    const period: BillingPeriod = { start: new Date(chosen.start), end: new Date(chosen.end) };
    const key = periodKey(period);
    let requested = 0;
    let after: string | null = null;
    for (let chunk = 0; ; chunk++) {
      const from: string | null = after;
      const customerIds: string[] = await step.run(`load-customers-${chunk}`, () =>
        nextBillableCustomers({ period, after: from }),
      );
      if (customerIds.length > 0) {
        await step.sendEvent(
          `request-invoices-${chunk}`,
          customerIds.map((customerId) =>
            invoiceRequested.create({ customerId, periodStart: chosen.start }, { id: `invoice-${customerId}-${key}` }),
          ),
        );
      }
      requested += customerIds.length;
      if (customerIds.length < RUN_CHUNK_SIZE) break;
      after = customerIds.at(-1)!;
    }
    return { periodStart: chosen.start, requested };
  },
);
