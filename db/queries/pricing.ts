import { and, asc, desc, eq, lte } from "drizzle-orm";
import { tiersInEffect } from "@/lib/pricing";
import { getDb, type DbOrTx } from "../index";
import { pricingTiers, serviceSurcharges } from "../schema";

const tierColumns = {
  id: pricingTiers.id,
  range: pricingTiers.range,
  minVolume: pricingTiers.minVolume,
  maxVolume: pricingTiers.maxVolume,
  unitPrice: pricingTiers.unitPrice,
  storageCharge: pricingTiers.storageCharge,
  features: pricingTiers.features,
  effectiveFrom: pricingTiers.effectiveFrom,
};

export type TierRow = Awaited<ReturnType<typeof getTierTable>>[number];

/** The six tiers in effect at `at` (now by default), in range order. */
export async function getTierTable(params: { at?: Date; db?: DbOrTx } = {}) {
  const db = params.db ?? (await getDb());
  const at = params.at ?? new Date();
  const rows = await db
    .selectDistinctOn([pricingTiers.range], tierColumns)
    .from(pricingTiers)
    .where(lte(pricingTiers.effectiveFrom, at))
    .orderBy(asc(pricingTiers.range), desc(pricingTiers.effectiveFrom));
  return tiersInEffect(rows, at);
}

/** The per-unit premium surcharge in effect at `at`. */
export async function getPremiumSurcharge(params: { at?: Date; db?: DbOrTx } = {}): Promise<number> {
  const db = params.db ?? (await getDb());
  const [row] = await db
    .select({ unitSurcharge: serviceSurcharges.unitSurcharge })
    .from(serviceSurcharges)
    .where(
      and(
        eq(serviceSurcharges.serviceType, "premium"),
        lte(serviceSurcharges.effectiveFrom, params.at ?? new Date()),
      ),
    )
    .orderBy(desc(serviceSurcharges.effectiveFrom))
    .limit(1);
  return row?.unitSurcharge ?? 0;
}
