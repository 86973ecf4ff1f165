import { describe, expect, it } from "vitest";
import {
  InvalidVolumeError,
  MissingTierError,
  quotePrice,
  rangeForVolume,
  tierForVolume,
  tiersInEffect,
  unitPriceFor,
  VOLUME_RANGES,
  type TierVersion,
} from "@/lib/pricing";

const jan = new Date("2026-01-01T00:00:00+03:00");
const table: TierVersion[] = [
  { range: "0-100", unitPrice: 4500, storageCharge: 150000, effectiveFrom: jan },
  { range: "101-250", unitPrice: 4000, storageCharge: 0, effectiveFrom: jan },
  { range: "251-500", unitPrice: 3500, storageCharge: 0, effectiveFrom: jan },
  { range: "501-750", unitPrice: 3200, storageCharge: 0, effectiveFrom: jan },
  { range: "751-1000", unitPrice: 2900, storageCharge: 0, effectiveFrom: jan },
  { range: "1000+", unitPrice: 2600, storageCharge: 0, effectiveFrom: jan },
];

describe("tier lookup", () => {
  it.each([
    [0, "0-100", 4500],
    [100, "0-100", 4500],
    [101, "101-250", 4000],
    [250, "101-250", 4000],
    [251, "251-500", 3500],
    [500, "251-500", 3500],
    [501, "501-750", 3200],
    [750, "501-750", 3200],
    [751, "751-1000", 2900],
    [1000, "751-1000", 2900],
    [1001, "1000+", 2600],
    [100000, "1000+", 2600],
  ] as const)("%i packages fall in %s", (volume, range, unitPrice) => {
    expect(rangeForVolume(volume)).toBe(range);
    expect(tierForVolume(table, volume).unitPrice).toBe(unitPrice);
  });

  it.each([-1, -100, 0.5, 100.25, Number.NaN, Number.POSITIVE_INFINITY, "250", null, undefined, {}])(
    "refuses the volume %s",
    (volume) => {
      expect(() => rangeForVolume(volume)).toThrow(InvalidVolumeError);
      expect(() => tierForVolume(table, volume)).toThrow(InvalidVolumeError);
    },
  );
});

describe("tier table in effect on a date", () => {
  const july = new Date("2026-07-01T00:00:00+03:00");
  const versions: TierVersion[] = [
    ...table,
    { range: "251-500", unitPrice: 3300, storageCharge: 0, effectiveFrom: july },
  ];

  it("uses the old price before the new version starts", () => {
    const before = tiersInEffect(versions, new Date("2026-06-30T23:59:59+03:00"));
    expect(before.map((tier) => tier.range)).toEqual([...VOLUME_RANGES]);
    expect(tierForVolume(before, 300).unitPrice).toBe(3500);
  });

  it("uses the new price from its effective moment on", () => {
    expect(tierForVolume(tiersInEffect(versions, july), 300).unitPrice).toBe(3300);
    expect(tierForVolume(tiersInEffect(versions, july), 50).unitPrice).toBe(4500);
  });

  it("refuses a date before any tier existed", () => {
    expect(() => tiersInEffect(versions, new Date("2025-12-31T00:00:00+03:00"))).toThrow(MissingTierError);
  });
});

describe("quote price", () => {
  it("is the tier price times the range midpoint", () => {
    expect(quotePrice(table, "251-500")).toMatchObject({
      unitPrice: 3500,
      estimatedVolume: 375,
      monthlyEstimate: 1_312_500,
    });
  });

  it("adds the storage charge of the smallest tier", () => {
    expect(quotePrice(table, "0-100").monthlyEstimate).toBe(4500 * 50 + 150000);
  });

  it("counts 1000 packages for 1000+", () => {
    expect(quotePrice(table, "1000+").monthlyEstimate).toBe(2600 * 1000);
  });
});

describe("unit price by service type", () => {
  it("standard pays the tier price, premium adds the surcharge, custom pays the contract price", () => {
    const base = { tierUnitPrice: 3500, premiumSurcharge: 750, contractUnitPrice: 3000 };
    expect(unitPriceFor({ ...base, serviceType: "standard" })).toBe(3500);
    expect(unitPriceFor({ ...base, serviceType: "premium" })).toBe(4250);
    expect(unitPriceFor({ ...base, serviceType: "custom" })).toBe(3000);
    expect(() => unitPriceFor({ ...base, serviceType: "custom", contractUnitPrice: null })).toThrow(MissingTierError);
  });
});
