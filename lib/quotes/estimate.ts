import { multiplyKurus } from "@/lib/money";
import { RANGE_BOUNDS, tierForRange, type TierVersion, type VolumeRange } from "@/lib/pricing";

/**
 * The monthly estimate of an offer at its own unit price: the price × the range's midpoint, plus the
 * tier's storage charge, which a quoted price does not replace (billing still charges it).
 */
export function offerMonthlyEstimate(table: readonly TierVersion[], range: VolumeRange, unitPrice: number): number {
  return multiplyKurus(unitPrice, RANGE_BOUNDS[range].midpoint) + tierForRange(table, range).storageCharge;
}
