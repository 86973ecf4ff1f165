import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { tiersInEffect, type PricingTier, type VolumeRange } from "@/lib/pricing";
import { rowsOf, type DbOrTx, type Tx } from "../index";
import { pricingTiers, serviceSurcharges, users } from "../schema";

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

/** Every tier version ever entered, by range and newest first, with who entered it. */
export async function listTierVersions(db: DbOrTx, _params: Record<string, never> = {}) {
  return db
    .select({
      id: pricingTiers.id,
      range: pricingTiers.range,
      unitPrice: pricingTiers.unitPrice,
      storageCharge: pricingTiers.storageCharge,
      effectiveFrom: pricingTiers.effectiveFrom,
      createdAt: pricingTiers.createdAt,
      createdByName: users.name,
    })
    .from(pricingTiers)
    .leftJoin(users, eq(users.id, pricingTiers.createdBy))
    .orderBy(asc(pricingTiers.range), desc(pricingTiers.effectiveFrom));
}

/** Every premium surcharge version, newest first, with who entered it. */
export async function listSurchargeVersions(db: DbOrTx, _params: Record<string, never> = {}) {
  return db
    .select({
      id: serviceSurcharges.id,
      unitSurcharge: serviceSurcharges.unitSurcharge,
      effectiveFrom: serviceSurcharges.effectiveFrom,
      createdAt: serviceSurcharges.createdAt,
      createdByName: users.name,
    })
    .from(serviceSurcharges)
    .leftJoin(users, eq(users.id, serviceSurcharges.createdBy))
    .where(eq(serviceSurcharges.serviceType, "premium"))
    .orderBy(desc(serviceSurcharges.effectiveFrom));
}

/** Serialises pricing changes: two admins saving at once each compare against the other's result. */
export async function lockPricing(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cardak:pricing'))`);
}
