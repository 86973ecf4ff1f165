import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKurus, InvalidAmountError, kdvFor, multiplyKurus, parseTurkishAmount, percentOf } from "@/lib/money";

describe("formatKurus", () => {
  it.each([
    [0, "₺0,00"],
    [5, "₺0,05"],
    [100, "₺1,00"],
    [123456, "₺1.234,56"],
    [150000, "₺1.500,00"],
    [-5, "-₺0,05"],
    [900719925474099, "₺9.007.199.254.740,99"],
  ])("formats %i kuruş as %s", (kurus, text) => {
    expect(formatKurus(kurus)).toBe(text);
  });

  it("refuses a fractional amount", () => {
    expect(() => formatKurus(12.5)).toThrow(InvalidAmountError);
  });
});

describe("parseTurkishAmount", () => {
  it.each([
    ["1.234,56", 123456],
    ["1234,56", 123456],
    ["1234,5", 123450],
    ["1234", 123400],
    ["1.234", 123400],
    ["₺1.234,56", 123456],
    ["1.234,56 TL", 123456],
    ["0,05", 5],
    ["-₺0,05", -5],
    ["32,50", 3250],
    ["32.50", 3250],
    ["32.5", 3250],
  ])("reads %s as %i kuruş", (text, kurus) => {
    expect(parseTurkishAmount(text)).toBe(kurus);
  });

  it.each(["", "abc", "1,234.56", "12,345", "1.23,45", "1..234", ",50", "1 2 3,4a", "1.234.5", ".50"])(
    "refuses %s",
    (text) => {
      expect(parseTurkishAmount(text)).toBeNull();
    },
  );

  it("round-trips every whole kuruş amount through formatting", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (kurus) => {
        const text = formatKurus(kurus);
        const parsed = parseTurkishAmount(text);
        expect(parsed).toBe(kurus);
        expect(Number.isInteger(parsed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("arithmetic", () => {
  it("rounds KDV half up to the kuruş", () => {
    expect(kdvFor(1000)).toBe(200);
    expect(kdvFor(2)).toBe(0); // 0,4 kuruş
    expect(kdvFor(3)).toBe(1); // 0,6 kuruş
    expect(kdvFor(5)).toBe(1); // 1,0 kuruş
    expect(kdvFor(1_312_502)).toBe(262_500); // 262500,4
    expect(kdvFor(1_312_503)).toBe(262_501); // 262500,6
    expect(percentOf(25, 10)).toBe(3); // 2,5 rounds up
  });

  it("keeps every result a whole number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), (price, count) => {
        const subtotal = multiplyKurus(price, count);
        const kdv = kdvFor(subtotal);
        expect(Number.isSafeInteger(subtotal)).toBe(true);
        expect(Number.isSafeInteger(kdv)).toBe(true);
        // Half-up: the exact KDV is within half a kuruş of the rounded one.
        expect(Math.abs(kdv * 100 - subtotal * 20)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it("refuses fractional quantities", () => {
    expect(() => multiplyKurus(100, 1.5)).toThrow(InvalidAmountError);
  });
});
