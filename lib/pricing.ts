/**
 * Pricing rules: which tier a monthly volume falls in, which tier table is in effect on a date, and
 * what a quote costs. Amounts are integer kuruş (see lib/money.ts).
 */
import { multiplyKurus } from "./money";

export const VOLUME_RANGES = ["0-100", "101-250", "251-500", "501-750", "751-1000", "1000+"] as const;
export type VolumeRange = (typeof VOLUME_RANGES)[number];

type Bounds = { min: number; max: number | null; midpoint: number };

/** The monthly estimate uses the range's midpoint (rounded down), and 1000 for the open-ended `1000+`. */
export const RANGE_BOUNDS: Record<VolumeRange, Bounds> = {
  "0-100": { min: 0, max: 100, midpoint: 50 },
  "101-250": { min: 101, max: 250, midpoint: 175 },
  "251-500": { min: 251, max: 500, midpoint: 375 },
  "501-750": { min: 501, max: 750, midpoint: 625 },
  "751-1000": { min: 751, max: 1000, midpoint: 875 },
  "1000+": { min: 1001, max: null, midpoint: 1000 },
};

export class InvalidVolumeError extends Error {
  readonly code = "INVALID_VOLUME" as const;
  constructor(value: unknown) {
    super(`Geçersiz paket adedi: ${String(value)}`);
  }
}

export function isVolumeRange(value: unknown): value is VolumeRange {
  return typeof value === "string" && (VOLUME_RANGES as readonly string[]).includes(value);
}

/** A package volume is a non-negative whole number; anything else is refused. */
export function parseVolume(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidVolumeError(value);
  }
  return value;
}

export function rangeForVolume(volume: unknown): VolumeRange {
  const count = parseVolume(volume);
  const found = VOLUME_RANGES.find((range) => {
    const { min, max } = RANGE_BOUNDS[range];
    return count >= min && (max === null || count <= max);
  });
  if (!found) throw new InvalidVolumeError(volume);
  return found;
}

export type TierVersion = {
  range: VolumeRange;
  unitPrice: number;
  storageCharge: number;
  effectiveFrom: Date;
};

/** A tier as the tables show it: the price version plus its bounds and what it includes. */
export type PricingTier = TierVersion & {
  id: string;
  minVolume: number;
  maxVolume: number | null;
  features: string[];
};

export class MissingTierError extends Error {
  readonly code = "MISSING_TIER" as const;
}

/**
 * The tier table in effect at `at`: for every range, its latest version that started on or before
 * `at`. Returned in range order; a range without any version in effect is an error.
 */
export function tiersInEffect<T extends TierVersion>(versions: readonly T[], at: Date): T[] {
  return VOLUME_RANGES.map((range) => {
    let current: T | undefined;
    for (const version of versions) {
      if (version.range !== range || version.effectiveFrom.getTime() > at.getTime()) continue;
      if (!current || version.effectiveFrom.getTime() > current.effectiveFrom.getTime()) current = version;
    }
    if (!current) throw new MissingTierError(`No tier in effect for ${range} at ${at.toISOString()}`);
    return current;
  });
}

export function tierForRange<T extends TierVersion>(table: readonly T[], range: VolumeRange): T {
  const tier = table.find((candidate) => candidate.range === range);
  if (!tier) throw new MissingTierError(`No tier for ${range}`);
  return tier;
}

export function tierForVolume<T extends TierVersion>(table: readonly T[], volume: unknown): T {
  return tierForRange(table, rangeForVolume(volume));
}

export type QuotePrice = {
  range: VolumeRange;
  unitPrice: number;
  storageCharge: number;
  /** Packages assumed for the estimate. */
  estimatedVolume: number;
  monthlyEstimate: number;
};

/** A quote's automatic unit price and monthly estimate for a declared volume range. */
export function quotePrice(table: readonly TierVersion[], range: VolumeRange): QuotePrice {
  const tier = tierForRange(table, range);
  const estimatedVolume = RANGE_BOUNDS[range].midpoint;
  return {
    range,
    unitPrice: tier.unitPrice,
    storageCharge: tier.storageCharge,
    estimatedVolume,
    monthlyEstimate: multiplyKurus(tier.unitPrice, estimatedVolume) + tier.storageCharge,
  };
}

export type ServiceType = "standard" | "premium" | "custom";

/** The unit price a customer pays: tier price, plus the surcharge for premium, or the contract price. */
export function unitPriceFor(input: {
  serviceType: ServiceType;
  tierUnitPrice: number;
  premiumSurcharge: number;
  contractUnitPrice: number | null;
}): number {
  if (input.serviceType === "custom") {
    if (input.contractUnitPrice === null) throw new MissingTierError("A custom service needs a contract price");
    return input.contractUnitPrice;
  }
  if (input.serviceType === "premium") return input.tierUnitPrice + input.premiumSurcharge;
  return input.tierUnitPrice;
}
