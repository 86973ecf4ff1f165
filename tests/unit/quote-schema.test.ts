import { describe, expect, it } from "vitest";
import { kurusToInput, parseTurkishAmount } from "@/lib/money";
import { PHONE_MESSAGES } from "@/lib/phone";
import { istanbulToday, QUOTE_FORM_MESSAGES, quoteRequestSchema, sendOfferSchema } from "@/lib/quotes/schemas";
import { offerMonthlyEstimate } from "@/lib/quotes/estimate";

const valid = {
  companyName: "Örnek Tekstil",
  contactName: "Ayşe Yılmaz",
  email: "ayse@ornek.com.tr",
  phone: "0532 123 45 67",
  monthlyVolume: "251-500",
  productTypes: ["Giyim"],
};

/** The first message zod gives for `field` when `override` replaces part of a valid form. */
function messageFor(field: string, override: Record<string, unknown>): string | undefined {
  const result = quoteRequestSchema.safeParse({ ...valid, ...override });
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

describe("quote request schema", () => {
  it("accepts a complete form and reads posted checkboxes", () => {
    const result = quoteRequestSchema.parse({
      ...valid,
      productTypes: "Kozmetik",
      hasFragileItems: "on",
      specialRequirements: "  ",
      preferredStartDate: "",
    });
    expect(result).toMatchObject({
      phone: "+905321234567",
      productTypes: ["Kozmetik"],
      hasFragileItems: true,
      needsCustomPackaging: false,
      specialRequirements: undefined,
      preferredStartDate: undefined,
    });
  });

  it.each([
    ["companyName", { companyName: "" }, QUOTE_FORM_MESSAGES.companyName],
    ["contactName", { contactName: " " }, QUOTE_FORM_MESSAGES.contactName],
    ["email", { email: "" }, QUOTE_FORM_MESSAGES.emailEmpty],
    ["email", { email: "ayse@" }, QUOTE_FORM_MESSAGES.emailInvalid],
    ["email", { email: "ayse.ornek.com.tr" }, QUOTE_FORM_MESSAGES.emailInvalid],
    ["phone", { phone: "0532 123" }, PHONE_MESSAGES.tooShort],
    ["phone", { phone: "+44 20 7946 0958" }, PHONE_MESSAGES.foreign],
    ["phone", { phone: "" }, PHONE_MESSAGES.empty],
    ["monthlyVolume", { monthlyVolume: "" }, QUOTE_FORM_MESSAGES.volume],
    ["monthlyVolume", { monthlyVolume: "5000" }, QUOTE_FORM_MESSAGES.volume],
    ["productTypes", { productTypes: [] }, QUOTE_FORM_MESSAGES.productTypes],
    ["productTypes", { productTypes: undefined }, QUOTE_FORM_MESSAGES.productTypes],
    ["productTypes", { productTypes: ["Silah"] }, QUOTE_FORM_MESSAGES.productTypes],
    ["specialRequirements", { specialRequirements: "a".repeat(2001) }, QUOTE_FORM_MESSAGES.requirementsTooLong],
    ["preferredStartDate", { preferredStartDate: addDays(istanbulToday(), -1) }, QUOTE_FORM_MESSAGES.datePast],
    ["preferredStartDate", { preferredStartDate: "2026-02-30" }, QUOTE_FORM_MESSAGES.dateInvalid],
  ])("refuses a bad %s with its Turkish message (%j)", (field, override, message) => {
    expect(messageFor(field, override)).toBe(message);
  });

  it("allows 2,000 characters of requirements and a start today or later", () => {
    expect(messageFor("specialRequirements", { specialRequirements: "a".repeat(2000) })).toBeUndefined();
    expect(quoteRequestSchema.safeParse({ ...valid, preferredStartDate: istanbulToday() }).success).toBe(true);
    expect(quoteRequestSchema.safeParse({ ...valid, preferredStartDate: addDays(istanbulToday(), 30) }).success).toBe(
      true,
    );
  });

  it("normalizes the usual Turkish writings of one number to one E.164 value", () => {
    const writings = ["0532 123 45 67", "+90 532 123 4567", "5321234567"];
    const phones = writings.map((phone) => quoteRequestSchema.parse({ ...valid, phone }).phone);
    expect(new Set(phones)).toEqual(new Set(["+905321234567"]));
  });

  it("compares the start date with the Istanbul calendar, not UTC", () => {
    // 22:30 UTC on 31 December is already 1 January in Istanbul (UTC+3).
    expect(istanbulToday(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01");
    expect(istanbulToday(new Date("2026-12-31T20:30:00Z"))).toBe("2026-12-31");
  });
});

describe("offer form schema", () => {
  const offer = { quoteId: "00000000-0000-4000-8000-000000000001", validityDays: "14" };

  it("reads the unit price the Turkish way, in kuruş", () => {
    expect(sendOfferSchema.parse({ ...offer, unitPrice: "32,50" })).toMatchObject({
      unitPrice: 3250,
      validityDays: 14,
    });
    expect(sendOfferSchema.parse({ ...offer, unitPrice: "1.250" })).toMatchObject({ unitPrice: 125000 });
  });

  it.each([
    ["32.5.0", "Fiyatı 32,50 biçiminde girin"],
    ["0", "Birim fiyat sıfırdan büyük olmalı"],
    ["", "Birim fiyatı girin"],
    ["10.000,01", "Birim fiyat en fazla 10.000,00 TL olabilir"],
  ])("refuses the price %j", (unitPrice, message) => {
    const result = sendOfferSchema.safeParse({ ...offer, unitPrice });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("refuses a validity outside 1 to 90 days", () => {
    expect(sendOfferSchema.safeParse({ ...offer, unitPrice: "30", validityDays: "0" }).success).toBe(false);
    expect(sendOfferSchema.safeParse({ ...offer, unitPrice: "30", validityDays: "91" }).success).toBe(false);
  });

  it("prefills kuruş as the field shows it", () => {
    expect(kurusToInput(3500)).toBe("35,00");
    expect(kurusToInput(5)).toBe("0,05");
    // Thousands grouped as every amount is written (₺8.040,00), and read back as typed.
    expect(kurusToInput(804000)).toBe("8.040,00");
    expect(kurusToInput(123456789)).toBe("1.234.567,89");
    expect(parseTurkishAmount(kurusToInput(804000))).toBe(804000);
  });
});

describe("offer estimate", () => {
  const table = [
    { range: "0-100" as const, unitPrice: 4500, storageCharge: 150000, effectiveFrom: new Date(0) },
    { range: "251-500" as const, unitPrice: 3500, storageCharge: 0, effectiveFrom: new Date(0) },
  ];
  it("multiplies the quoted price by the range midpoint and keeps the storage charge", () => {
    expect(offerMonthlyEstimate(table, "251-500", 3250)).toBe(3250 * 375);
    expect(offerMonthlyEstimate(table, "0-100", 4000)).toBe(4000 * 50 + 150000);
  });
});
