/**
 * The invoice of one customer for one period, from its completed package count: the same rules as
 * the portal's estimate (lib/orders/estimate.ts), turned into lines, subtotal, KDV and total.
 * Integer kuruş only; nothing here reads the database or the clock.
 */
import { addKurus, kdvFor, multiplyKurus } from "../money";
import { tierForVolume, type TierVersion, type VolumeRange } from "../pricing";
import { customerUnitPrice, type PricingContext } from "../orders/estimate";

export type InvoiceLineKind = "packaging" | "storage";

export type ComputedLine = {
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  /** Kuruş per unit. */
  unitPrice: number;
  /** quantity × unitPrice, kuruş. */
  amount: number;
};

export type ComputedInvoice = {
  packageCount: number;
  range: VolumeRange;
  unitPrice: number;
  lines: ComputedLine[];
  subtotal: number;
  kdv: number;
  total: number;
};

const SERVICE_LABEL: Record<PricingContext["serviceType"], string> = {
  standard: "standart",
  premium: "premium",
  custom: "sözleşmeli fiyat",
};

/**
 * `tiers` is the tier table in effect at the period's start; `pricing` the customer's service type,
 * the premium surcharge in effect then, and its contract price. A period without packages has no
 * packaging line; the storage line appears wherever the tier of the count has a storage charge.
 */
export function computeInvoice(
  tiers: readonly TierVersion[],
  pricing: PricingContext,
  packageCount: number,
): ComputedInvoice {
  const tier = tierForVolume(tiers, packageCount);
  const unitPrice = customerUnitPrice(tiers, pricing, packageCount);
  const lines: ComputedLine[] = [];
  if (packageCount > 0) {
    lines.push({
      kind: "packaging",
      description: `Paketleme hizmeti (${tier.range} paket kademesi, ${SERVICE_LABEL[pricing.serviceType]})`,
      quantity: packageCount,
      unitPrice,
      amount: multiplyKurus(unitPrice, packageCount),
    });
  }
  if (tier.storageCharge > 0) {
    lines.push({
      kind: "storage",
      description: "Aylık depolama ücreti",
      quantity: 1,
      unitPrice: tier.storageCharge,
      amount: tier.storageCharge,
    });
  }
  const subtotal = addKurus(...lines.map((line) => line.amount));
  const kdv = kdvFor(subtotal);
  return { packageCount, range: tier.range, unitPrice, lines, subtotal, kdv, total: addKurus(subtotal, kdv) };
}

/** Whether the period produces an invoice at all: something to charge. */
export function isBillable(invoice: ComputedInvoice): boolean {
  return invoice.subtotal > 0;
}
