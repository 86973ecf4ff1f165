import "server-only";
import { unstable_cache, updateTag, revalidatePath } from "next/cache";
import { query } from "@/db";
import { getTierTable } from "@/db/queries/pricing";
import type { PricingTier } from "@/lib/pricing";

/**
 * The tier table the prerendered landing page shows, cached under one tag. A price change
 * (app/(admin)/yonetim/fiyatlandirma/actions.ts) calls `revalidatePricing()`, so the next visit shows
 * the new prices; a change scheduled for a later day takes effect at its midnight without anyone
 * acting, so the cache also lapses every PRICING_CACHE_SECONDS.
 */
export const PRICING_CACHE_TAG = "pricing";
export const PRICING_CACHE_SECONDS = 300;

type StoredTier = Omit<PricingTier, "effectiveFrom"> & { effectiveFrom: string };

// The cache stores JSON: dates travel as ISO strings and are read back as dates.
const cachedTiers = unstable_cache(
  async (): Promise<StoredTier[]> =>
    (await query(getTierTable, {})).map((tier) => ({ ...tier, effectiveFrom: tier.effectiveFrom.toISOString() })),
  ["landing-tier-table"],
  { tags: [PRICING_CACHE_TAG], revalidate: PRICING_CACHE_SECONDS },
);

export async function cachedTierTable(): Promise<PricingTier[]> {
  return (await cachedTiers()).map((tier) => ({ ...tier, effectiveFrom: new Date(tier.effectiveFrom) }));
}

/** Called by the pricing actions after a change: the cached table and the pages built on it expire now. */
export function revalidatePricing(): void {
  updateTag(PRICING_CACHE_TAG);
  revalidatePath("/");
}
