/**
 * Where a customer stands in the current billing period: the tier its packages fall in so far, the
 * invoice that would follow if the period ended now, and how far the next (cheaper) tier is. The
 * billing run computes the real invoice; this is the portal's estimate with the same rules.
 */
import { multiplyKurus } from "../money";
import {
  RANGE_BOUNDS,
  tierForVolume,
  unitPriceFor,
  VOLUME_RANGES,
  type ServiceType,
  type TierVersion,
  type VolumeRange,
} from "../pricing";

export type PricingContext = {
  serviceType: ServiceType;
  premiumSurcharge: number;
  contractUnitPrice: number | null;
};

export type NextTierHint = {
  /** Packages still needed to reach the next tier. */
  packagesToGo: number;
  range: VolumeRange;
  /** The customer's unit price there (surcharge included for premium). */
  unitPrice: number;
};

export type PeriodEstimate = {
  packageCount: number;
  range: VolumeRange;
  /** How the unit price is made, for the dashboard to explain it: the tier's price, plus the premium surcharge, or the contract's. */
  basis: ServiceType;
  tierUnitPrice: number;
  /** The premium surcharge per package (0 unless premium). */
  surcharge: number;
  unitPrice: number;
  packagingTotal: number;
  storageCharge: number;
  total: number;
  nextTier: NextTierHint | null;
};

/** The unit price a customer pays for a period with `packageCount` packages. */
export function customerUnitPrice(
  tiers: readonly TierVersion[],
  pricing: PricingContext,
  packageCount: number,
): number {
  return unitPriceFor({
    serviceType: pricing.serviceType,
    tierUnitPrice: tierForVolume(tiers, packageCount).unitPrice,
    premiumSurcharge: pricing.premiumSurcharge,
    contractUnitPrice: pricing.contractUnitPrice,
  });
}

export function estimatePeriod(
  tiers: readonly TierVersion[],
  pricing: PricingContext,
  packageCount: number,
): PeriodEstimate {
  const tier = tierForVolume(tiers, packageCount);
  const unitPrice = customerUnitPrice(tiers, pricing, packageCount);
  const packagingTotal = multiplyKurus(unitPrice, packageCount);
  return {
    packageCount,
    range: tier.range,
    basis: pricing.serviceType,
    tierUnitPrice: tier.unitPrice,
    surcharge: pricing.serviceType === "premium" ? pricing.premiumSurcharge : 0,
    unitPrice,
    packagingTotal,
    storageCharge: tier.storageCharge,
    total: packagingTotal + tier.storageCharge,
    nextTier: nextTierHint(tiers, pricing, tier.range, packageCount),
  };
}

/** A contract price does not depend on volume, so custom customers get no hint. */
function nextTierHint(
  tiers: readonly TierVersion[],
  pricing: PricingContext,
  range: VolumeRange,
  packageCount: number,
): NextTierHint | null {
  if (pricing.serviceType === "custom") return null;
  const next = VOLUME_RANGES[VOLUME_RANGES.indexOf(range) + 1];
  if (!next) return null;
  const min = RANGE_BOUNDS[next].min;
  return { packagesToGo: min - packageCount, range: next, unitPrice: customerUnitPrice(tiers, pricing, min) };
}
