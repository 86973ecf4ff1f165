import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/db";
import { getPremiumSurcharge, getTierTable, lockPricing } from "@/db/queries/pricing";
import { pricingTiers, serviceSurcharges } from "@/db/schema";
import { assertAdmin } from "@/lib/admin-guard";
import { writeAudit } from "@/lib/audit";
import type { AdminContext } from "@/lib/context";
import { istanbulDateKey, istanbulTime } from "@/lib/dates";
import { RANGE_BOUNDS } from "@/lib/pricing";
import { pricingError } from "./messages";
import type { PricingChange } from "./schemas";

/** 00:00 in Istanbul on the `YYYY-MM-DD` day: when a version takes effect. */
export function effectiveInstant(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return istanbulTime(year, month, date);
}

type Prices = { unitPrice: number; storageCharge: number };

/**
 * A change of the tier prices and/or the premium surcharge, effective at 00:00 Istanbul time on
 * `effectiveDate` (today or later). Each tier that differs from the table in effect on that day gets
 * a new version; the others stay as they are. A second change for the same day replaces that day's
 * versions; a past day cannot be chosen, so nothing that was in effect on a past day is rewritten.
 * Changes are serialised (an advisory lock), so two admins saving at once do not interleave. Billing prices a period
 * with the table in effect at the period's start, so invoices of periods that began before the date
 * keep the old prices; the landing page and new quotes show the new ones from the date on.
 */
export async function schedulePricingChange(
  ctx: AdminContext,
  change: PricingChange,
  now = new Date(),
): Promise<{ effectiveFrom: Date; changedTiers: number; surchargeChanged: boolean }> {
  assertAdmin(ctx);
  if (change.effectiveDate < istanbulDateKey(now))
    throw pricingError("EFFECTIVE_DATE_PAST", { field: "effectiveDate" });
  const effectiveFrom = effectiveInstant(change.effectiveDate);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockPricing(tx);
    const [table, surcharge] = await Promise.all([
      getTierTable(tx, { at: effectiveFrom }),
      getPremiumSurcharge(tx, { at: effectiveFrom }),
    ]);
    const before: Record<string, Prices> = {};
    const after: Record<string, Prices> = {};
    for (const price of change.tiers) {
      const current = table.find((tier) => tier.range === price.range)!;
      if (current.unitPrice === price.unitPrice && current.storageCharge === price.storageCharge) continue;
      before[price.range] = { unitPrice: current.unitPrice, storageCharge: current.storageCharge };
      after[price.range] = { unitPrice: price.unitPrice, storageCharge: price.storageCharge };
      await tx
        .insert(pricingTiers)
        .values({
          range: price.range,
          minVolume: RANGE_BOUNDS[price.range].min,
          maxVolume: RANGE_BOUNDS[price.range].max,
          unitPrice: price.unitPrice,
          storageCharge: price.storageCharge,
          features: current.features,
          effectiveFrom,
          createdBy: ctx.actor.id,
        })
        .onConflictDoUpdate({
          target: [pricingTiers.range, pricingTiers.effectiveFrom],
          set: {
            unitPrice: price.unitPrice,
            storageCharge: price.storageCharge,
            createdBy: ctx.actor.id,
            createdAt: now,
          },
        });
    }
    const surchargeChanged = surcharge !== change.premiumSurcharge;
    if (surchargeChanged) {
      await tx
        .insert(serviceSurcharges)
        .values({
          serviceType: "premium",
          unitSurcharge: change.premiumSurcharge,
          effectiveFrom,
          createdBy: ctx.actor.id,
        })
        .onConflictDoUpdate({
          target: [serviceSurcharges.serviceType, serviceSurcharges.effectiveFrom],
          set: { unitSurcharge: change.premiumSurcharge, createdBy: ctx.actor.id, createdAt: now },
        });
    }
    const changedTiers = Object.keys(after).length;
    if (changedTiers === 0 && !surchargeChanged) throw pricingError("NOTHING_CHANGED");
    await writeAudit(tx, ctx, {
      action: "pricing.changed",
      entityType: "pricing",
      entityId: change.effectiveDate,
      before: { tiers: before, ...(surchargeChanged ? { premiumSurcharge: surcharge } : {}) },
      after: { tiers: after, ...(surchargeChanged ? { premiumSurcharge: change.premiumSurcharge } : {}) },
    });
    return { effectiveFrom, changedTiers, surchargeChanged };
  });
}

/** Withdraws a change not yet in effect (its day has not begun): its tier and surcharge versions go. */
export async function cancelPricingChange(
  ctx: AdminContext,
  input: { effectiveDate: string },
  now = new Date(),
): Promise<void> {
  assertAdmin(ctx);
  const effectiveFrom = effectiveInstant(input.effectiveDate);
  if (effectiveFrom.getTime() <= now.getTime()) throw pricingError("VERSION_IN_EFFECT");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockPricing(tx);
    const tiers = await tx
      .delete(pricingTiers)
      .where(and(eq(pricingTiers.effectiveFrom, effectiveFrom), gt(pricingTiers.effectiveFrom, now)))
      .returning({
        range: pricingTiers.range,
        unitPrice: pricingTiers.unitPrice,
        storageCharge: pricingTiers.storageCharge,
      });
    const surcharges = await tx
      .delete(serviceSurcharges)
      .where(and(eq(serviceSurcharges.effectiveFrom, effectiveFrom), gt(serviceSurcharges.effectiveFrom, now)))
      .returning({ unitSurcharge: serviceSurcharges.unitSurcharge });
    if (tiers.length === 0 && surcharges.length === 0) throw pricingError("VERSION_NOT_FOUND");
    await writeAudit(tx, ctx, {
      action: "pricing.change_cancelled",
      entityType: "pricing",
      entityId: input.effectiveDate,
      before: {
        tiers: Object.fromEntries(tiers.map(({ range, ...prices }) => [range, prices])),
        ...(surcharges[0] ? { premiumSurcharge: surcharges[0].unitSurcharge } : {}),
      },
      after: null,
    });
  });
}
