import { and, desc, eq, lte, sql } from "drizzle-orm";
import { tiersInEffect, type PricingTier, type VolumeRange } from "@/lib/pricing";
import { rowsOf, type DbOrTx } from "../index";
import { pricingTiers, serviceSurcharges } from "../schema";

type TierSqlRow = {
  id: string;
  range: VolumeRange;
  min_volume: number;
  max_volume: number | null;
  unit_price: number;
  storage_charge: number;
  features: string[];
  effective_from: string | Date;
};

/**
 * The six tiers in effect at `at` (now by default), in range order. One index lookup per range
 * (range, effective_from desc), so the cost does not grow with the price history.
 */
export async function getTierTable(db: DbOrTx, params: { at?: Date }): Promise<PricingTier[]> {
  const at = params.at ?? new Date();
  const result = await db.execute(sql`
    select t.* from unnest(enum_range(null::volume_range)) as r(range)
    cross join lateral (
      select id, range, min_volume, max_volume, unit_price, storage_charge, features, effective_from
      from ${pricingTiers}
      where ${pricingTiers.range} = r.range and ${pricingTiers.effectiveFrom} <= ${at.toISOString()}::timestamptz
      order by ${pricingTiers.effectiveFrom} desc
      limit 1
    ) t`);
  const rows = rowsOf<TierSqlRow>(result).map((row) => ({
    id: row.id,
    range: row.range,
    minVolume: row.min_volume,
    maxVolume: row.max_volume,
    unitPrice: Number(row.unit_price),
    storageCharge: Number(row.storage_charge),
    features: row.features,
    effectiveFrom: new Date(row.effective_from),
  }));
  return tiersInEffect(rows, at);
}

/** The per-unit premium surcharge in effect at `at` (now by default). */
export async function getPremiumSurcharge(db: DbOrTx, params: { at?: Date }): Promise<number> {
  const [row] = await db
    .select({ unitSurcharge: serviceSurcharges.unitSurcharge })
    .from(serviceSurcharges)
    .where(
      and(eq(serviceSurcharges.serviceType, "premium"), lte(serviceSurcharges.effectiveFrom, params.at ?? new Date())),
    )
    .orderBy(desc(serviceSurcharges.effectiveFrom))
    .limit(1);
  return row?.unitSurcharge ?? 0;
}
