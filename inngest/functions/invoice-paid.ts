import { reactivateSettledCustomers } from "@/lib/billing/reactivate";
import { systemContext } from "@/lib/context";
import { inngest } from "../client";
import { invoicePaid } from "../events";

/** A paid invoice may have been the customer's last overdue one: reactivate it if so. */
export const invoicePaidFunction = inngest().createFunction(
  { id: "invoice-paid", triggers: [invoicePaid] },
  async ({ event, step, runId }) => {
    const ctx = systemContext("invoice-paid", { label: "ödeme", requestId: runId });
    const reactivated = await step.run("reactivate", () =>
      reactivateSettledCustomers(ctx, { customerId: event.data.customerId }),
    );
    return { reactivated };
  },
);
