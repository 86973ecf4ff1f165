import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cancelPricingChangeAction, schedulePricingChangeAction } from "@/app/(admin)/yonetim/fiyatlandirma/actions";
import { getDb, query } from "@/db";
import { getPremiumSurcharge, getTierTable, listSurchargeVersions, listTierVersions } from "@/db/queries/pricing";
import { auditLogs, pricingTiers } from "@/db/schema";
import { DEFAULT_TIERS, SEED_EFFECTIVE_FROM } from "@/db/seed";
import { computeInvoice } from "@/lib/billing/compute";
import { billingPeriodOf, nextPeriod, previousPeriod } from "@/lib/billing/period";
import { istanbulTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { cancelPricingChange, schedulePricingChange } from "@/lib/pricing-admin/change";
import type { PricingChange } from "@/lib/pricing-admin/schemas";
import { defaultEffectiveDate, markVersions, tierHistory } from "@/lib/pricing-admin/versions";
import { adminCtx } from "./helpers/context";
import { insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

/** 25.11.2026 14:00 Istanbul: the current period began 15.11, the next begins 15.12. */
const NOW = istanbulTime(2026, 11, 25, 14, 0);
const CURRENT = billingPeriodOf(NOW);
const NEXT = nextPeriod(CURRENT);

const admin = () => insertUser({ id: "1c000000-0000-4000-8000-00000000000c", email: "op@cardak.test", role: "admin" });

/** The seeded prices with some changed. */
function change(effectiveDate: string, overrides: Partial<Record<string, number>> = {}, premium = 750): PricingChange {
  return {
    effectiveDate,
    premiumSurcharge: premium,
    tiers: DEFAULT_TIERS.map((tier) => ({
      range: tier.range,
      unitPrice: overrides[tier.range] ?? tier.unitPrice,
      storageCharge: tier.storageCharge,
    })),
  };
}

const unitPrice = (tiers: { range: string; unitPrice: number }[], range: string) =>
  tiers.find((tier) => tier.range === range)!.unitPrice;

describe("a pricing change", () => {
  it("effective next period prices the next period and not the current one or invoices already made", async () => {
    const ctx = adminCtx(await admin());
    expect(defaultEffectiveDate(NOW)).toBe("2026-12-15");
    await schedulePricingChange(ctx, change("2026-12-15", { "101-250": 3_800 }, 800), NOW);

    // Billing prices each period with the table in effect at the period's start.
    const premium = { serviceType: "premium" as const, contractUnitPrice: null };
    const priced = async (start: Date) => {
      const [tiers, surcharge] = await Promise.all([
        query(getTierTable, { at: start }),
        query(getPremiumSurcharge, { at: start }),
      ]);
      return computeInvoice(tiers, { ...premium, premiumSurcharge: surcharge }, 150);
    };
    const previous = await priced(previousPeriod(CURRENT).start);
    const current = await priced(CURRENT.start);
    const next = await priced(NEXT.start);
    expect(previous.unitPrice).toBe(4_000 + 750);
    expect(current.unitPrice).toBe(4_000 + 750);
    expect(next.unitPrice).toBe(3_800 + 800);
    expect(next.subtotal).toBe(150 * 4_600);

    // The landing page reads the table in effect now: the change shows from its day's 00:00 on.
    expect(unitPrice(await query(getTierTable, {}), "101-250")).toBe(4_000);
    expect(unitPrice(await query(getTierTable, { at: istanbulTime(2026, 12, 14, 23, 59) }), "101-250")).toBe(4_000);
    expect(unitPrice(await query(getTierTable, { at: istanbulTime(2026, 12, 15, 0, 0) }), "101-250")).toBe(3_800);
  });

  it("adds a version only for what changed, and the history lists both versions", async () => {
    const ctx = adminCtx(await admin());
    const result = await schedulePricingChange(ctx, change("2026-12-15", { "101-250": 3_800, "1000+": 2_400 }), NOW);
    expect(result).toMatchObject({ changedTiers: 2, surchargeChanged: false });
    expect(result.effectiveFrom).toEqual(NEXT.start);

    const history = tierHistory(await query(listTierVersions, {}), NOW);
    const states = Object.fromEntries(
      history.map(({ range, versions }) => [range, versions.map((v) => [v.unitPrice, v.state])]),
    );
    expect(states).toEqual({
      "0-100": [[4_500, "current"]],
      "101-250": [
        [3_800, "scheduled"],
        [4_000, "current"],
      ],
      "251-500": [[3_500, "current"]],
      "501-750": [[3_200, "current"]],
      "751-1000": [[2_900, "current"]],
      "1000+": [
        [2_400, "scheduled"],
        [2_600, "current"],
      ],
    });
    const scheduled = history[1]!.versions[0]!;
    expect(scheduled.firstPeriod.start).toEqual(NEXT.start);
    expect(scheduled.createdByName).toBe("Deneme Kullanıcı");
    // After the date, the new version is current and the old one past.
    const later = tierHistory(await query(listTierVersions, {}), istanbulTime(2026, 12, 20));
    expect(later[1]!.versions.map((v) => v.state)).toEqual(["current", "past"]);

    const surcharges = markVersions(await query(listSurchargeVersions, {}), NOW);
    expect(surcharges.map((v) => [v.unitSurcharge, v.state])).toEqual([[750, "current"]]);

    const db = await getDb();
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "pricing.changed"));
    expect(audit).toMatchObject({
      entityType: "pricing",
      entityId: "2026-12-15",
      actorUserId: ctx.actor.id,
      before: {
        tiers: { "101-250": { unitPrice: 4_000, storageCharge: 0 }, "1000+": { unitPrice: 2_600, storageCharge: 0 } },
      },
      after: {
        tiers: { "101-250": { unitPrice: 3_800, storageCharge: 0 }, "1000+": { unitPrice: 2_400, storageCharge: 0 } },
      },
    });
  });

  it("effective today applies to the next period's invoices but shows on the landing page at once", async () => {
    const ctx = adminCtx(await admin());
    await schedulePricingChange(ctx, change("2026-11-25", { "0-100": 4_200 }), NOW);
    expect(unitPrice(await query(getTierTable, { at: NOW }), "0-100")).toBe(4_200);
    expect(unitPrice(await query(getTierTable, { at: CURRENT.start }), "0-100")).toBe(4_500);
    expect(unitPrice(await query(getTierTable, { at: NEXT.start }), "0-100")).toBe(4_200);
  });

  it("refuses a past date, and a change that changes nothing", async () => {
    const ctx = adminCtx(await admin());
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) => error,
      );
    const past = await refusal(schedulePricingChange(ctx, change("2026-11-24", { "0-100": 1 }), NOW));
    expect(isAppError(past, "EFFECTIVE_DATE_PAST")).toBe(true);
    expect((past as { field?: string }).field).toBe("effectiveDate");
    expect(isAppError(await refusal(schedulePricingChange(ctx, change("2026-12-15"), NOW)), "NOTHING_CHANGED")).toBe(
      true,
    );
    const db = await getDb();
    expect(await db.select().from(pricingTiers)).toHaveLength(6);
    expect(await db.select().from(auditLogs)).toEqual([]);
  });

  it("replaces the versions of the same day, and a scheduled change can be withdrawn before its day", async () => {
    const ctx = adminCtx(await admin());
    await schedulePricingChange(ctx, change("2026-12-15", { "101-250": 3_800 }, 800), NOW);
    await schedulePricingChange(ctx, change("2026-12-15", { "101-250": 3_700 }, 800), NOW);
    expect(unitPrice(await query(getTierTable, { at: NEXT.start }), "101-250")).toBe(3_700);
    const db = await getDb();
    expect(await db.select().from(pricingTiers)).toHaveLength(7);

    await cancelPricingChange(ctx, { effectiveDate: "2026-12-15" }, NOW);
    expect(unitPrice(await query(getTierTable, { at: NEXT.start }), "101-250")).toBe(4_000);
    expect(await query(getPremiumSurcharge, { at: NEXT.start })).toBe(750);
    const [withdrawn] = await db.select().from(auditLogs).where(eq(auditLogs.action, "pricing.change_cancelled"));
    expect(withdrawn).toMatchObject({
      before: { tiers: { "101-250": { unitPrice: 3_700, storageCharge: 0 } }, premiumSurcharge: 800 },
    });

    // A day that has begun cannot be withdrawn; nothing scheduled cannot either.
    await schedulePricingChange(ctx, change("2026-11-25", { "0-100": 4_200 }), NOW);
    await expect(cancelPricingChange(ctx, { effectiveDate: "2026-11-25" }, NOW)).rejects.toMatchObject({
      code: "VERSION_IN_EFFECT",
    });
    await expect(cancelPricingChange(ctx, { effectiveDate: "2026-12-20" }, NOW)).rejects.toMatchObject({
      code: "VERSION_NOT_FOUND",
    });
    // The seed's versions stay whatever happens.
    const seeded = await db.select().from(pricingTiers).where(eq(pricingTiers.effectiveFrom, SEED_EFFECTIVE_FROM));
    expect(seeded).toHaveLength(6);
  });
});

describe("the pricing form's actions", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.append(key, value);
    return data;
  };
  const full = (overrides: Record<string, string> = {}) =>
    form({
      effectiveDate: "2099-01-15",
      premiumSurcharge: "7,50",
      ...Object.fromEntries(
        DEFAULT_TIERS.flatMap((tier, index) => [
          [`unitPrice_${index}`, (tier.unitPrice / 100).toFixed(2).replace(".", ",")],
          [`storageCharge_${index}`, (tier.storageCharge / 100).toFixed(2).replace(".", ",")],
        ]),
      ),
      ...overrides,
    });

  it("read Turkish amounts into a scheduled version, with messages on the fields", async () => {
    const { admin: operator } = await twoCustomers();
    signInAs(sessionOf(operator));
    expect(
      await schedulePricingChangeAction(null, full({ unitPrice_1: "abc", effectiveDate: "2099-02-30" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        unitPrice_1: ["101-250 birim fiyatı 32,50 biçiminde girilmeli"],
        effectiveDate: ["Yürürlük tarihini seçin."],
      },
    });
    expect(await schedulePricingChangeAction(null, full({ unitPrice_1: "38.50", premiumSurcharge: "8" }))).toEqual({
      ok: true,
      data: undefined,
      message: "Yeni fiyatlar 15.01.2099 tarihinden itibaren geçerli.",
    });
    expect(unitPrice(await query(getTierTable, { at: istanbulTime(2099, 1, 15) }), "101-250")).toBe(3_850);
    expect(await query(getPremiumSurcharge, { at: istanbulTime(2099, 1, 15) })).toBe(800);
    expect(await cancelPricingChangeAction(null, form({ effectiveDate: "2099-01-15" }))).toMatchObject({ ok: true });
    expect(unitPrice(await query(getTierTable, { at: istanbulTime(2099, 1, 15) }), "101-250")).toBe(4_000);
  });

  it("are refused for a customer, who changes nothing", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await schedulePricingChangeAction(null, full({ unitPrice_1: "1,00" }))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    expect(await cancelPricingChangeAction(null, form({ effectiveDate: "2099-01-15" }))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    const db = await getDb();
    expect(await db.select().from(pricingTiers)).toHaveLength(6);
    expect(await db.select().from(auditLogs)).toEqual([]);
  });
});
