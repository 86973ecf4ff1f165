import "server-only";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { periodPackageCount } from "@/db/queries/orders";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { billingPeriodOf } from "@/lib/billing/period";
import { estimatePeriod } from "./estimate";

/** The current billing period of a customer and the invoice it would bring if it ended now. */
export async function currentPeriodEstimate(params: { customerId: string }, now = new Date()) {
  const period = billingPeriodOf(now);
  const [customer, tiers, premiumSurcharge, packageCount] = await Promise.all([
    getCustomerProfile({ customerId: params.customerId }),
    getTierTable({ at: period.start }),
    getPremiumSurcharge({ at: period.start }),
    periodPackageCount({ customerId: params.customerId, periodStart: period.start }),
  ]);
  const estimate = estimatePeriod(
    tiers,
    { serviceType: customer.serviceType, premiumSurcharge, contractUnitPrice: customer.contractUnitPrice },
    packageCount,
  );
  return { customer, period, estimate };
}
