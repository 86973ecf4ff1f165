/**
 * The price history as operations read it: for each tier (and the premium surcharge) its versions,
 * newest first, each marked scheduled, current or past, with the first billing period it prices.
 */
import { billingPeriodOf, nextPeriod, type BillingPeriod } from "../billing/period";
import { istanbulDateKey } from "../dates";
import { VOLUME_RANGES, type VolumeRange } from "../pricing";

export type VersionState = "scheduled" | "current" | "past";

export const VERSION_STATE_LABELS: Record<VersionState, string> = {
  scheduled: "Planlandı",
  current: "Geçerli",
  past: "Eski",
};

/** The first billing period priced with a version: the one starting at or after its effective instant. */
export function firstPricedPeriod(effectiveFrom: Date): BillingPeriod {
  const period = billingPeriodOf(effectiveFrom);
  return period.start.getTime() === effectiveFrom.getTime() ? period : nextPeriod(period);
}

/** The default date of the form: the next period's first day, where a change prices a whole period. */
export function defaultEffectiveDate(now: Date): string {
  return istanbulDateKey(nextPeriod(billingPeriodOf(now)).start);
}

type Version = { effectiveFrom: Date };

/**
 * A version's state: later than now scheduled; the latest of its tier (or of the surcharge) not later
 * than now, `currentFrom`, current; any earlier one past. The page and the CSV both decide it here.
 */
export function versionState(effectiveFrom: Date, currentFrom: Date | null, now: Date): VersionState {
  if (effectiveFrom.getTime() > now.getTime()) return "scheduled";
  return currentFrom !== null && effectiveFrom.getTime() === currentFrom.getTime() ? "current" : "past";
}

/** Marks versions already sorted newest first: later than now scheduled, the first not later current. */
export function markVersions<V extends Version>(
  versions: readonly V[],
  now: Date,
): (V & { state: VersionState; firstPeriod: BillingPeriod })[] {
  const currentFrom = versions.find((version) => version.effectiveFrom.getTime() <= now.getTime())?.effectiveFrom;
  return versions.map((version) => ({
    ...version,
    state: versionState(version.effectiveFrom, currentFrom ?? null, now),
    firstPeriod: firstPricedPeriod(version.effectiveFrom),
  }));
}

/** Tier versions (as listTierVersions reads them) grouped by range, in range order. */
export function tierHistory<V extends Version & { range: VolumeRange }>(versions: readonly V[], now: Date) {
  return VOLUME_RANGES.map((range) => ({
    range,
    versions: markVersions(
      versions
        .filter((version) => version.range === range)
        .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime()),
      now,
    ),
  }));
}
