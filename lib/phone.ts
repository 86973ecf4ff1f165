/**
 * Turkish phone numbers, stored as E.164 (+905321234567) and shown as 0532 123 45 67. Parsing and
 * validation are libphonenumber-js's: the `max` metadata checks the digits against the real numbering
 * plan (the default `min` only checks the length, so 0123 456 78 90 would pass).
 */
import {
  parsePhoneNumberWithError,
  ParseError,
  type PhoneNumber,
  validatePhoneNumberLength,
} from "libphonenumber-js/max";
import { z } from "zod";
import { text } from "@/lib/text";

export const PHONE_MESSAGES = {
  empty: "Telefon numarası girin",
  invalid: "Geçerli bir telefon numarası girin",
  tooShort: "Telefon numarası eksik: alan koduyla birlikte girin (ör. 0532 123 45 67)",
  tooLong: "Telefon numarası fazla uzun",
  foreign: "Lütfen Türkiye'deki bir telefon numarası girin",
  extension: "Telefon numarasını dahili numara olmadan girin",
} as const;

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

const TURKEY = "TR";
const TURKEY_CALLING_CODE = "90";
/** Digits of a Turkish subscriber number after the trunk 0 (area or operator code + 7). */
const NATIONAL_LENGTH = 10;
/** Far longer than any way of writing a phone number: not worth parsing. */
const MAX_INPUT_LENGTH = 40;

function parse(input: string): PhoneNumber | ParseError {
  try {
    // extract: false: the whole input must be the number, not a number found inside some text.
    return parsePhoneNumberWithError(input, { defaultCountry: TURKEY, extract: false });
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

/** Which message fits an invalid Turkish number: too few digits, too many, or wrong digits. */
function invalidTurkishMessage(phone: PhoneNumber): string {
  // An invalid number keeps its trunk 0 in nationalNumber; it does not count towards the length.
  const digits = phone.nationalNumber.replace(/^0/, "").length;
  if (digits < NATIONAL_LENGTH) return PHONE_MESSAGES.tooShort;
  if (digits > NATIONAL_LENGTH) return PHONE_MESSAGES.tooLong;
  return PHONE_MESSAGES.invalid;
}

/**
 * Accepts the usual writings (0532 123 45 67, +90 532 123 4567, 5321234567, (0532) 123-45-67,
 * 0090 532 123 45 67) of mobile and landline numbers in Turkey.
 */
export function normalizeTurkishPhone(input: string): PhoneResult {
  const text = input.trim();
  if (!text) return { ok: false, message: PHONE_MESSAGES.empty };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, message: PHONE_MESSAGES.invalid };

  const phone = parse(text);
  if (phone instanceof ParseError) {
    const length = validatePhoneNumberLength(text, TURKEY);
    if (length === "TOO_SHORT") return { ok: false, message: PHONE_MESSAGES.tooShort };
    if (length === "TOO_LONG") return { ok: false, message: PHONE_MESSAGES.tooLong };
    return { ok: false, message: PHONE_MESSAGES.invalid };
  }
  if (phone.countryCallingCode !== TURKEY_CALLING_CODE) return { ok: false, message: PHONE_MESSAGES.foreign };
  if (!phone.isValid()) return { ok: false, message: invalidTurkishMessage(phone) };
  // E.164 has no room for an extension: storing the number without it would lose it silently.
  if (phone.ext) return { ok: false, message: PHONE_MESSAGES.extension };
  return { ok: true, e164: phone.number };
}

/** For display: +905321234567 → 0532 123 45 67; anything else is shown as it is stored. */
export function formatTurkishPhone(e164: string): string {
  const phone = parse(e164);
  if (phone instanceof ParseError) return e164;
  if (phone.countryCallingCode !== TURKEY_CALLING_CODE) return phone.formatInternational();
  // libphonenumber writes landlines as (0212) 123 45 67; one style for all numbers reads better.
  return phone.formatNational().replace(/[()]/g, "");
}

/** Form field: any usual writing in, the E.164 string out, or a Turkish issue. */
export const turkishPhoneSchema = text({ error: PHONE_MESSAGES.empty }).transform((value, ctx) => {
  const result = normalizeTurkishPhone(value);
  if (result.ok) return result.e164;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});
