import { and, asc, desc, eq, lte, sql, type SQL } from "drizzle-orm";
import { tiersInEffect, VOLUME_RANGES, type PricingTier, type VolumeRange } from "@/lib/pricing";
import { rowsOf, type DbOrTx, type Tx } from "../index";
import { pricingTiers, serviceSurcharges, users } from "../schema";
import { exportSource, type ExportSource } from "./export-source";

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

/** A row of the price versions' CSV: a tier's version (its range) or the premium surcharge's (null). */
export type PricingVersionExportRow = {
  range: VolumeRange | null;
  price: number;
  storage_charge: number;
  /** The instants as ISO text, for the version's state and first priced period. */
  effective_from: string;
  current_from: string | null;
  created_by_name: string | null;
};

const isoText = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The price versions as `/yonetim/fiyatlandirma` lists them, for its `CSV indir`: each tier in range
 * order, then the premium surcharge, newest version first; each with the effective instant of its
 * tier's version in effect at `at` (which makes it current, later ones scheduled, earlier ones past).
 */
export function pricingVersionExport(params: { at: Date }): ExportSource<PricingVersionExportRow> {
  const at = sql`${params.at.toISOString()}::timestamptz`;
  const ranges = sql`${`{${VOLUME_RANGES.join(",")}}`}::text[]`;
  const versions = sql`(
    select ${pricingTiers.id} as id, array_position(${ranges}, ${pricingTiers.range}::text)::bigint as position,
      ${pricingTiers.range}::text as range, ${pricingTiers.unitPrice} as price,
      ${pricingTiers.storageCharge} as storage_charge, ${pricingTiers.effectiveFrom} as effective_from,
      max(${pricingTiers.effectiveFrom}) filter (where ${pricingTiers.effectiveFrom} <= ${at})
        over (partition by ${pricingTiers.range}) as current_from,
      ${users.name} as created_by_name
    from ${pricingTiers} left join ${users} on ${users.id} = ${pricingTiers.createdBy}
    union all
    select ${serviceSurcharges.id}, ${VOLUME_RANGES.length + 1}::bigint, null, ${serviceSurcharges.unitSurcharge}, 0,
      ${serviceSurcharges.effectiveFrom},
      max(${serviceSurcharges.effectiveFrom}) filter (where ${serviceSurcharges.effectiveFrom} <= ${at}) over (),
      ${users.name}
    from ${serviceSurcharges} left join ${users} on ${users.id} = ${serviceSurcharges.createdBy}
    where ${serviceSurcharges.serviceType} = 'premium'
  ) as versions`;
  return exportSource<PricingVersionExportRow>({
    columns: sql`versions.range, versions.price, versions.storage_charge,
      ${isoText(sql`versions.effective_from`)} as effective_from, ${isoText(sql`versions.current_from`)} as current_from,
      versions.created_by_name`,
    from: versions,
    where: undefined,
    // Newest first within a tier: one direction for the whole key, so the time goes in negated.
    order: {
      columns: [
        { column: sql`versions.position`, kind: "bigint" },
        { column: sql`(-extract(epoch from versions.effective_from) * 1000000)::bigint`, kind: "bigint" },
        { column: sql`versions.id`, kind: "uuid" },
      ],
      direction: "asc",
    },
  });
}
