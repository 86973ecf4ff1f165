import { describe, expect, it } from "vitest";
import { formatTurkishPhone, normalizeTurkishPhone, PHONE_MESSAGES, turkishPhoneSchema } from "@/lib/phone";

const refusal = (message: string) => ({ ok: false, message });

describe("normalizeTurkishPhone", () => {
  it.each(["0532 123 45 67", "+90 532 123 4567", "5321234567"])("reads %j as +905321234567", (input) => {
    expect(normalizeTurkishPhone(input)).toEqual({ ok: true, e164: "+905321234567" });
  });

  it.each([
    "(0532) 123-45-67",
    "0090 532 123 45 67",
    "905321234567",
    "+905321234567",
    "0532.123.45.67",
    "  0532 123 45 67  ",
  ])("also reads the writing %j", (input) => {
    expect(normalizeTurkishPhone(input)).toEqual({ ok: true, e164: "+905321234567" });
  });

  it.each([
    ["0212 123 45 67", "+902121234567"],
    ["(0312) 444 55 66", "+903124445566"],
    ["0850 123 45 67", "+908501234567"],
  ])("accepts the landline %j", (input, e164) => {
    expect(normalizeTurkishPhone(input)).toEqual({ ok: true, e164 });
  });

  it.each(["0532 123", "532 123 45", "12", "+90 532"])("refuses the too short %j", (input) => {
    expect(normalizeTurkishPhone(input)).toEqual(refusal(PHONE_MESSAGES.tooShort));
  });

  it("refuses a number with a digit too many", () => {
    expect(normalizeTurkishPhone("0532 123 45 678")).toEqual(refusal(PHONE_MESSAGES.tooLong));
  });

  it.each(["+49 30 1234567", "+1 202 555 0123", "0049 30 1234567"])("refuses the foreign %j", (input) => {
    expect(normalizeTurkishPhone(input)).toEqual(refusal("Lütfen Türkiye'deki bir telefon numarası girin"));
  });

  it.each(["abc", "0532 ABC 45 67", "telefon: 0532 123 45 67", "0123 456 78 90", "-", "x".repeat(200)])(
    "refuses %j as not a phone number",
    (input) => {
      expect(normalizeTurkishPhone(input)).toEqual(refusal("Geçerli bir telefon numarası girin"));
    },
  );

  it("asks for a number when the field is empty", () => {
    expect(normalizeTurkishPhone("   ")).toEqual(refusal(PHONE_MESSAGES.empty));
  });

  it("refuses an extension rather than dropping it", () => {
    expect(normalizeTurkishPhone("0212 123 45 67 ext. 12")).toEqual(refusal(PHONE_MESSAGES.extension));
  });
});

describe("formatTurkishPhone", () => {
  it.each([
    ["+905321234567", "0532 123 45 67"],
    ["+902121234567", "0212 123 45 67"],
  ])("shows %s as %s", (e164, text) => {
    expect(formatTurkishPhone(e164)).toBe(text);
  });

  it("shows what it cannot read as it is stored", () => {
    expect(formatTurkishPhone("bilinmiyor")).toBe("bilinmiyor");
  });

  it("gives back the same number it displays", () => {
    const shown = formatTurkishPhone("+905321234567");
    expect(normalizeTurkishPhone(shown)).toEqual({ ok: true, e164: "+905321234567" });
  });
});

describe("turkishPhoneSchema", () => {
  it("yields the E.164 number", () => {
    expect(turkishPhoneSchema.safeParse("(0532) 123-45-67")).toEqual({ success: true, data: "+905321234567" });
  });

  it.each([
    ["0532 123", PHONE_MESSAGES.tooShort],
    ["+49 30 1234567", PHONE_MESSAGES.foreign],
    ["abc", PHONE_MESSAGES.invalid],
    ["", PHONE_MESSAGES.empty],
  ])("refuses %j with a Turkish issue", (input, message) => {
    const result = turkishPhoneSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("refuses a missing value with a Turkish issue", () => {
    expect(turkishPhoneSchema.safeParse(undefined).error?.issues[0]?.message).toBe(PHONE_MESSAGES.empty);
  });
});
