import { describe, expect, it } from "vitest";
import { billingPeriodOf } from "@/lib/billing/period";
import { estimatePeriod } from "@/lib/orders/estimate";
import { dateRangeOf, orderList } from "@/lib/orders/filters";
import type { TierVersion, VolumeRange } from "@/lib/pricing";

const from = new Date("2025-01-01T00:00:00+03:00");
const tiers: TierVersion[] = (
  [
    ["0-100", 4500, 150000],
    ["101-250", 4000, 0],
    ["251-500", 3500, 0],
    ["501-750", 3200, 0],
    ["751-1000", 2900, 0],
    ["1000+", 2600, 0],
  ] as [VolumeRange, number, number][]
).map(([range, unitPrice, storageCharge]) => ({ range, unitPrice, storageCharge, effectiveFrom: from }));

const standard = { serviceType: "standard" as const, premiumSurcharge: 750, contractUnitPrice: null };

describe("the period estimate on the dashboard", () => {
  it("charges the tier price times the packages plus the tier's storage, and names the next tier", () => {
    expect(estimatePeriod(tiers, standard, 80)).toEqual({
      packageCount: 80,
      range: "0-100",
      basis: "standard",
      tierUnitPrice: 4500,
      surcharge: 0,
      unitPrice: 4500,
      packagingTotal: 360000,
      storageCharge: 150000,
      total: 510000,
      nextTier: { packagesToGo: 21, range: "101-250", unitPrice: 4000 },
    });
  });

  it("moves to the next tier exactly at its first package", () => {
    expect(estimatePeriod(tiers, standard, 100)).toMatchObject({ range: "0-100", nextTier: { packagesToGo: 1 } });
    expect(estimatePeriod(tiers, standard, 101)).toMatchObject({
      range: "101-250",
      unitPrice: 4000,
      storageCharge: 0,
      total: 404000,
      nextTier: { packagesToGo: 150, range: "251-500", unitPrice: 3500 },
    });
  });

  it("starts a period with no packages in the first tier: only the storage charge", () => {
    expect(estimatePeriod(tiers, standard, 0)).toMatchObject({ total: 150000, nextTier: { packagesToGo: 101 } });
  });

  it("has no next tier past 1000", () => {
    expect(estimatePeriod(tiers, standard, 1500)).toMatchObject({ range: "1000+", total: 3900000, nextTier: null });
  });

  it("adds the premium surcharge, the next tier's price included", () => {
    const premium = { ...standard, serviceType: "premium" as const };
    expect(estimatePeriod(tiers, premium, 240)).toMatchObject({
      basis: "premium",
      tierUnitPrice: 4000,
      surcharge: 750,
      unitPrice: 4750,
      total: 1140000,
      nextTier: { packagesToGo: 11, unitPrice: 4250 },
    });
  });

  it("uses the contract price for custom service, with no tier hint", () => {
    const custom = { serviceType: "custom" as const, premiumSurcharge: 750, contractUnitPrice: 3100 };
    expect(estimatePeriod(tiers, custom, 50)).toMatchObject({
      basis: "custom",
      surcharge: 0,
      unitPrice: 3100,
      total: 155000 + 150000,
      nextTier: null,
    });
  });
});

describe("order list filters in the URL", () => {
  it("ignores malformed values instead of failing", () => {
    expect(
      orderList.parse({
        durum: "silindi",
        baslangic: "2026-02-30",
        bitis: "yarın",
        sayfa: "-3",
        musteri: "1 or 1=1",
      }),
    ).toEqual({
      status: undefined,
      fromDate: undefined,
      toDate: undefined,
      customerId: undefined,
      order: { key: "tarih", direction: "desc" },
      page: 1,
      // Kept as typed, for the filter bar to say the list is not narrowed by them.
      ignored: { durum: "silindi", baslangic: "2026-02-30", bitis: "yarın", musteri: "1 or 1=1" },
    });
  });

  it("covers whole Istanbul days, the last one included", () => {
    const range = dateRangeOf({ fromDate: "2026-11-01", toDate: "2026-11-15" });
    expect(range.from?.toISOString()).toBe("2026-10-31T21:00:00.000Z");
    expect(range.to?.toISOString()).toBe("2026-11-15T21:00:00.000Z");
    // The 15th from midnight on is already the next billing period; the filter still counts the day.
    expect(billingPeriodOf(new Date("2026-11-14T21:00:00Z")).start.toISOString()).toBe("2026-11-14T21:00:00.000Z");
  });

  it("keeps the filters in page links", () => {
    const filters = orderList.parse({ durum: "pending", baslangic: "2026-11-01", bitis: "2026-11-10", sayfa: "2" });
    expect(orderList.href("/panel/siparisler", { ...filters, page: 3 })).toBe(
      "/panel/siparisler?durum=pending&baslangic=2026-11-01&bitis=2026-11-10&sayfa=3",
    );
    expect(orderList.href("/panel/siparisler", { ...filters, page: 1 })).toBe(
      "/panel/siparisler?durum=pending&baslangic=2026-11-01&bitis=2026-11-10",
    );
  });
});
