import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { iyzicoPriceToKurus, kurusToIyzicoPrice, MAX_IYZICO_KURUS } from "@/lib/iyzico/amount";
import { InvalidAmountError } from "@/lib/money";

// iyzipay's own price formatting, which every price we send goes through.
const { formatPrice } = createRequire(import.meta.url)("iyzipay/lib/utils") as {
  formatPrice(price: string): string;
};

const kurus = fc.integer({ min: 0, max: MAX_IYZICO_KURUS });

describe("kurusToIyzicoPrice", () => {
  it.each([
    [0, "0.0"],
    [1, "0.01"],
    [99, "0.99"],
    [100, "1.0"],
    [150, "1.5"],
    [123456, "1234.56"],
    [123456789, "1234567.89"],
    [MAX_IYZICO_KURUS, "9999999999999.99"],
  ])("writes %i kuruş as %s", (amount, text) => {
    expect(kurusToIyzicoPrice(amount)).toBe(text);
  });

  it("is already in the form iyzipay's formatPrice gives, so the SDK sends it unchanged", () => {
    fc.assert(fc.property(kurus, (amount) => formatPrice(kurusToIyzicoPrice(amount)) === kurusToIyzicoPrice(amount)));
  });

  it.each([-1, 1.5, Number.NaN, MAX_IYZICO_KURUS + 1])("refuses %s", (amount) => {
    expect(() => kurusToIyzicoPrice(amount)).toThrow(InvalidAmountError);
  });
});

describe("iyzicoPriceToKurus", () => {
  it.each([
    [0, 0],
    [0.01, 1],
    [0.99, 99],
    [1, 100],
    [1.5, 150],
    [1234.56, 123456],
    [1234567.89, 123456789],
    ["1234.56", 123456],
    ["1234.50", 123450],
    ["1.0", 100],
    ["15", 1500],
    ["0.100", 10],
  ])("reads %s as %i kuruş", (value, amount) => {
    expect(iyzicoPriceToKurus(value)).toBe(amount);
  });

  it("reads amounts exactly as Iyzico's JSON carries them, trailing zeros or not", () => {
    const body = JSON.parse('{"price": 1234.50, "paidPrice": 0.10, "refund": 15, "big": 9999999999999.99}') as Record<
      string,
      number
    >;
    expect([body.price, body.paidPrice, body.refund, body.big].map(iyzicoPriceToKurus)).toEqual([
      123450, 10, 1500, 999999999999999,
    ]);
  });

  it("round-trips every amount through our text, iyzipay's formatting and a JSON number", () => {
    fc.assert(
      fc.property(kurus, (amount) => {
        const sent = formatPrice(kurusToIyzicoPrice(amount));
        const answered = JSON.parse(`{"price": ${sent}}`) as { price: number };
        return iyzicoPriceToKurus(sent) === amount && iyzicoPriceToKurus(answered.price) === amount;
      }),
    );
  });

  it.each([
    -1,
    1.005,
    "1.005",
    "1,50",
    "1e3",
    1e21,
    "",
    "abc",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    "10000000000000",
  ])("refuses %s", (value) => {
    expect(() => iyzicoPriceToKurus(value)).toThrow(InvalidAmountError);
  });
});
