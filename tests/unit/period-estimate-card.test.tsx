import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PeriodEstimateCard } from "@/components/portal/period-estimate-card";
import { billingPeriodOf } from "@/lib/billing/period";
import { estimatePeriod } from "@/lib/orders/estimate";
import type { TierVersion } from "@/lib/pricing";

const prices = { "0-100": 4500, "101-250": 4000, "251-500": 3500, "501-750": 3200, "751-1000": 2900, "1000+": 2600 };
const tiers = Object.entries(prices).map(([range, unitPrice]) => ({
  range,
  unitPrice,
  storageCharge: range === "0-100" ? 150000 : 0,
  effectiveFrom: new Date("2026-01-01"),
})) as TierVersion[];

const render = (serviceType: "standard" | "premium", packages: number) =>
  renderToStaticMarkup(
    <PeriodEstimateCard
      period={billingPeriodOf(new Date("2026-11-20T09:00:00Z"))}
      estimate={estimatePeriod(tiers, { serviceType, premiumSurcharge: 750, contractUnitPrice: null }, packages)}
    />,
  );

describe("the dashboard's estimate", () => {
  it("explains a premium price as the tier's price plus the surcharge, and the storage charge", () => {
    const html = render("premium", 80);
    expect(html).toContain("0-100 kademe fiyatı ₺45,00 + premium ek ücreti ₺7,50 = ₺52,50 / paket");
    expect(html).toContain("Paketleme: 80 paket × ₺52,50 = ₺4.200,00");
    expect(html).toContain("Depolama ücreti (0-100 kademesi, aylık): ₺1.500,00");
    expect(html).toMatch(/data-testid="tahmini-fatura">₺5\.700,00</);
  });

  it("says when a tier has no storage charge", () => {
    const html = render("standard", 120);
    expect(html).toContain("101-250 kademe fiyatı ₺40,00 / paket");
    expect(html).toContain("Depolama ücreti: 101-250 kademesinde yok");
  });
});
