import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeInvoice, isBillable } from "@/lib/billing/compute";
import type { PricingContext } from "@/lib/orders/estimate";
import type { TierVersion } from "@/lib/pricing";

const jan = new Date("2026-01-15T00:00:00+03:00");
const tiers: TierVersion[] = [
  { range: "0-100", unitPrice: 4500, storageCharge: 150000, effectiveFrom: jan },
  { range: "101-250", unitPrice: 4000, storageCharge: 0, effectiveFrom: jan },
  { range: "251-500", unitPrice: 3500, storageCharge: 0, effectiveFrom: jan },
  { range: "501-750", unitPrice: 3200, storageCharge: 0, effectiveFrom: jan },
  { range: "751-1000", unitPrice: 2900, storageCharge: 0, effectiveFrom: jan },
  { range: "1000+", unitPrice: 2600, storageCharge: 0, effectiveFrom: jan },
];
const standard: PricingContext = { serviceType: "standard", premiumSurcharge: 750, contractUnitPrice: null };
const premium: PricingContext = { ...standard, serviceType: "premium" };
const custom: PricingContext = { ...standard, serviceType: "custom", contractUnitPrice: 3150 };

describe("computeInvoice", () => {
  it.each([
    // count, unit price, packaging, storage, subtotal, KDV, total (kuruş)
    [0, 4500, 0, 150000, 150000, 30000, 180000],
    [1, 4500, 4500, 150000, 154500, 30900, 185400],
    [100, 4500, 450000, 150000, 600000, 120000, 720000],
    [101, 4000, 404000, 0, 404000, 80800, 484800],
    [250, 4000, 1000000, 0, 1000000, 200000, 1200000],
    [251, 3500, 878500, 0, 878500, 175700, 1054200],
    [500, 3500, 1750000, 0, 1750000, 350000, 2100000],
    [501, 3200, 1603200, 0, 1603200, 320640, 1923840],
    [750, 3200, 2400000, 0, 2400000, 480000, 2880000],
    [751, 2900, 2177900, 0, 2177900, 435580, 2613480],
    [1000, 2900, 2900000, 0, 2900000, 580000, 3480000],
    [1001, 2600, 2602600, 0, 2602600, 520520, 3123120],
  ])("standard, %i packages: unit %i, packaging %i, storage %i", (count, unit, packaging, storage, sub, kdv, total) => {
    const invoice = computeInvoice(tiers, standard, count);
    expect(invoice.unitPrice).toBe(unit);
    expect(invoice.lines.find((line) => line.kind === "packaging")?.amount ?? 0).toBe(packaging);
    expect(invoice.lines.find((line) => line.kind === "storage")?.amount ?? 0).toBe(storage);
    expect([invoice.subtotal, invoice.kdv, invoice.total]).toEqual([sub, kdv, total]);
  });

  it("a period without packages has only the storage line", () => {
    const invoice = computeInvoice(tiers, standard, 0);
    expect(invoice.lines.map((line) => line.kind)).toEqual(["storage"]);
    expect(isBillable(invoice)).toBe(true);
  });

  it("no packages and no storage charge in the lowest tier: nothing to invoice", () => {
    const noStorage = tiers.map((tier) => ({ ...tier, storageCharge: 0 }));
    const invoice = computeInvoice(noStorage, standard, 0);
    expect(invoice.lines).toEqual([]);
    expect(invoice.total).toBe(0);
    expect(isBillable(invoice)).toBe(false);
  });

  it("premium adds the surcharge to the tier price of every package", () => {
    const invoice = computeInvoice(tiers, premium, 300);
    expect(invoice.unitPrice).toBe(3500 + 750);
    expect(invoice.lines).toEqual([
      {
        kind: "packaging",
        description: "Paketleme hizmeti (251-500 paket kademesi, premium)",
        quantity: 300,
        unitPrice: 4250,
        amount: 1275000,
      },
    ]);
    expect(invoice.kdv).toBe(255000);
  });

  it("custom uses the contract price whatever the tier, and the tier's storage charge", () => {
    const small = computeInvoice(tiers, custom, 40);
    expect(small.unitPrice).toBe(3150);
    expect(small.lines.map((line) => [line.kind, line.amount])).toEqual([
      ["packaging", 126000],
      ["storage", 150000],
    ]);
    expect(computeInvoice(tiers, custom, 5000).unitPrice).toBe(3150);
  });

  it("custom without a contract price is refused", () => {
    expect(() => computeInvoice(tiers, { ...custom, contractUnitPrice: null }, 10)).toThrow();
  });

  it("rounds KDV half-up to the kuruş (20 % of a kuruş amount ends in ,0 ,2 ,4 ,6 or ,8)", () => {
    const oneKurus = tiers.map((tier) => ({ ...tier, unitPrice: 1, storageCharge: 0 }));
    const kdvOf = (subtotal: number) => computeInvoice(oneKurus, standard, subtotal).kdv;
    expect(kdvOf(1000)).toBe(200); // 200,0
    expect(kdvOf(1001)).toBe(200); // 200,2
    expect(kdvOf(1002)).toBe(200); // 200,4
    expect(kdvOf(1003)).toBe(201); // 200,6
    expect(kdvOf(1004)).toBe(201); // 200,8
    expect(computeInvoice(oneKurus, standard, 1003).total).toBe(1003 + 201);
  });

  it("property: totals add up, every amount is an integer, for 10,000 random periods", () => {
    const serviceType = fc.constantFrom("standard", "premium", "custom") as fc.Arbitrary<PricingContext["serviceType"]>;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        serviceType,
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (count, type, surcharge, contract, prices, storage) => {
          const table = tiers.map((tier, index) => ({
            ...tier,
            unitPrice: prices[index]!,
            storageCharge: index === 0 ? storage : 0,
          }));
          const invoice = computeInvoice(
            table,
            { serviceType: type, premiumSurcharge: surcharge, contractUnitPrice: contract },
            count,
          );
          const amounts = [invoice.subtotal, invoice.kdv, invoice.total, invoice.unitPrice];
          for (const line of invoice.lines) amounts.push(line.amount, line.unitPrice, line.quantity);
          expect(amounts.every(Number.isSafeInteger)).toBe(true);
          expect(invoice.total).toBe(invoice.subtotal + invoice.kdv);
          expect(invoice.subtotal).toBe(invoice.lines.reduce((sum, line) => sum + line.amount, 0));
          for (const line of invoice.lines) expect(line.amount).toBe(line.quantity * line.unitPrice);
          // KDV is 20 % rounded half-up: within half a kuruş of the exact value, ties up.
          expect(invoice.kdv * 100 - invoice.subtotal * 20).toBeGreaterThan(-50);
          expect(invoice.kdv * 100 - invoice.subtotal * 20).toBeLessThanOrEqual(50);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
