import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { OPEN_INVOICE_STATUSES } from "@/lib/billing/status";
import { billingPeriodOf } from "@/lib/billing/period";
import { estimatePeriod } from "@/lib/orders/estimate";
import type { DbOrTx } from "../index";
import { invoices } from "../schema";
import { getCustomerProfile } from "./customer-account";
import { periodPackageCount } from "./orders";
import { getPremiumSurcharge, getTierTable } from "./pricing";

/** The portal's money figures: what the customer has paid so far and the next invoice to pay. */
export async function getInvoiceSummary(db: DbOrTx, params: { customerId: string }) {
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
      .where(and(eq(invoices.customerId, params.customerId), inArray(invoices.status, OPEN_INVOICE_STATUSES)))
      .orderBy(asc(invoices.dueAt))
      .limit(1),
  ]);
  return { totalPaid: Number(paid?.value ?? 0), nextDue: nextDue ?? null };
}

/**
 * The customer's current billing period and the invoice it would bring if it ended now (the billing
 * run's rules, lib/orders/estimate.ts), or null when there is no such customer.
 */
export async function getPeriodEstimate(db: DbOrTx, params: { customerId: string; at?: Date }) {
  const period = billingPeriodOf(params.at ?? new Date());
  const [customer, tiers, premiumSurcharge, packageCount] = await Promise.all([
    getCustomerProfile(db, { customerId: params.customerId }),
    getTierTable(db, { at: period.start }),
    getPremiumSurcharge(db, { at: period.start }),
    periodPackageCount(db, { customerId: params.customerId, periodStart: period.start }),
  ]);
  if (!customer) return null;
  const estimate = estimatePeriod(
    tiers,
    { serviceType: customer.serviceType, premiumSurcharge, contractUnitPrice: customer.contractUnitPrice },
    packageCount,
  );
  return { customer, period, estimate };
}
