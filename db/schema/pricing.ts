import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, kurus, ts } from "./_columns";
import { users } from "./customers";
import { serviceTypeEnum, volumeRangeEnum } from "./enums";

/**
 * One row per version of a tier: a change adds a row with a later `effectiveFrom`, so the table in
 * effect on any date (and every past invoice) stays explainable.
 */
export const pricingTiers = pgTable(
  "pricing_tiers",
  {
    id: id(),
    range: volumeRangeEnum("range").notNull(),
    minVolume: integer("min_volume").notNull(),
    /** Null for the open-ended top tier. */
    maxVolume: integer("max_volume"),
    unitPrice: kurus("unit_price").notNull(),
    storageCharge: kurus("storage_charge").notNull().default(0),
    features: jsonb("features").$type<string[]>().notNull().default([]),
    effectiveFrom: ts("effective_from").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("pricing_tiers_range_effective_unique").on(t.range, t.effectiveFrom),
    index("pricing_tiers_effective_from_idx").on(t.effectiveFrom),
    index("pricing_tiers_created_by_idx").on(t.createdBy),
    check("pricing_tiers_prices_check", sql`${t.unitPrice} >= 0 and ${t.storageCharge} >= 0`),
    check(
      "pricing_tiers_volume_check",
      sql`${t.minVolume} >= 0 and (${t.maxVolume} is null or ${t.maxVolume} >= ${t.minVolume})`,
    ),
  ],
);

/** Per-unit surcharge of a service type (premium), versioned like the tiers. */
export const serviceSurcharges = pgTable(
  "service_surcharges",
  {
    id: id(),
    serviceType: serviceTypeEnum("service_type").notNull(),
    unitSurcharge: kurus("unit_surcharge").notNull(),
    effectiveFrom: ts("effective_from").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("service_surcharges_type_effective_unique").on(t.serviceType, t.effectiveFrom),
    index("service_surcharges_created_by_idx").on(t.createdBy),
    check("service_surcharges_amount_check", sql`${t.unitSurcharge} >= 0`),
  ],
);

export type PricingTier = typeof pricingTiers.$inferSelect;
