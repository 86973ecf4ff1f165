import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTurkishAmount, parseTurkishCount } from "@/lib/numbers";
import { createOrderSchema } from "@/lib/orders/schemas";

describe("parseTurkishCount", () => {
  it.each([
    ["1200", 1200],
    ["1.200", 1200],
    ["1 200", 1200],
    ["12.345.678", 12_345_678],
    [" 75 ", 75],
    ["0", 0],
    ["100.000", 100_000],
  ])("reads %j as %i", (text, count) => {
    expect(parseTurkishCount(text)).toBe(count);
  });

  it.each([
    "",
    "abc",
    "1.2",
    "1.20",
    "1,5",
    "1,200",
    "-5",
    "+5",
    "1.2000",
    "12.34.567",
    "1.200 300",
    ".200",
    "1e3",
    "١٢",
  ])("refuses %j", (text) => {
    expect(parseTurkishCount(text)).toBeNull();
  });

  it("reads back every count the Turkish locale writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(parseTurkishCount(count.toLocaleString("tr-TR"))).toBe(count);
        expect(parseTurkishCount(String(count))).toBe(count);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseTurkishAmount (the same module)", () => {
  it.each([
    ["32,50", 3250],
    ["32.50", 3250],
    ["1.234,56", 123456],
    ["1.200", 120000],
  ])("reads %j as %i kuruş", (text, kurus) => {
    expect(parseTurkishAmount(text)).toBe(kurus);
  });
});

describe("an order's package count", () => {
  it.each([
    ["1.200", 1200],
    ["1200", 1200],
    ["5", 5],
  ])("takes %j as %i packages", (packageCount, expected) => {
    expect(createOrderSchema.parse({ packageCount }).packageCount).toBe(expected);
  });

  it.each([
    // A decimal comma is a fraction, not a missing count.
    ["1,5", "Paket adedi tam sayı olmalıdır"],
    ["2,5", "Paket adedi tam sayı olmalıdır"],
    ["1.5", "Paket adedi tam sayı olmalıdır"],
    ["on iki", "Paket adedini rakamla girin, ör. 120"],
    ["0", "En az 1 paket girin"],
    ["100.001", "En fazla 100.000 paket girebilirsiniz"],
  ])("refuses %j with a Turkish message", (packageCount, message) => {
    expect(createOrderSchema.safeParse({ packageCount }).error?.issues[0]?.message).toBe(message);
  });
});
