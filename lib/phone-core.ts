/**
 * Turkish phone numbers, read with libphonenumber-js's `core` functions and the metadata the caller
 * gives: the server passes the full `max` metadata (lib/phone.ts), the browser a Turkey-only cut of
 * the same data (lib/phone-browser.ts, a few hundred bytes instead of ~50 KB), so both refuse the same
 * numbers with the same messages. `max` checks the digits against the real numbering plan (`min`
 * only checks the length, so 0123 456 78 90 would pass).
 */
import {
  parsePhoneNumberWithError,
  ParseError,
  type MetadataJson,
  type PhoneNumber,
  validatePhoneNumberLength,
} from "libphonenumber-js/core";

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
/** An international writing (+49…, 0049…) whose country code is not Turkey's. */
const FOREIGN_PREFIX = /^(?:\+|00)(?!\s*9\s*0)\s*[1-9]/;

export function parsePhone(input: string, metadata: MetadataJson): PhoneNumber | ParseError {
  try {
    // extract: false: the whole input must be the number, not a number found inside some text.
    return parsePhoneNumberWithError(input, { defaultCountry: TURKEY, extract: false }, metadata);
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
export function checkTurkishPhone(input: string, metadata: MetadataJson): PhoneResult {
  const text = input.trim();
  if (!text) return { ok: false, message: PHONE_MESSAGES.empty };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, message: PHONE_MESSAGES.invalid };

  const phone = parsePhone(text, metadata);
  if (phone instanceof ParseError) {
    // Metadata without that country (the browser's) cannot parse it: the prefix says it is foreign.
    if (phone.message === "INVALID_COUNTRY" && FOREIGN_PREFIX.test(text)) {
      return { ok: false, message: PHONE_MESSAGES.foreign };
    }
    const length = validatePhoneNumberLength(text, TURKEY, metadata);
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
