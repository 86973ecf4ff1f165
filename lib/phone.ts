/**
 * Turkish phone numbers, stored as E.164 (+905321234567) and shown as 0532 123 45 67. The server
 * checks with libphonenumber-js's full `max` metadata; the rules themselves are in lib/phone-core.ts,
 * shared with the browser's lighter check (lib/phone-browser.ts).
 */
import { ParseError, type MetadataJson } from "libphonenumber-js/core";
import maxMetadata from "libphonenumber-js/metadata.max.json";
import { z } from "zod";
import { text } from "@/lib/text";
import { checkTurkishPhone, parsePhone, PHONE_MESSAGES, type PhoneResult } from "./phone-core";

export { PHONE_MESSAGES, type PhoneResult } from "./phone-core";

const metadata = maxMetadata as unknown as MetadataJson;
const TURKEY_CALLING_CODE = "90";

/**
 * Accepts the usual writings (0532 123 45 67, +90 532 123 4567, 5321234567, (0532) 123-45-67,
 * 0090 532 123 45 67) of mobile and landline numbers in Turkey.
 */
export function normalizeTurkishPhone(input: string): PhoneResult {
  return checkTurkishPhone(input, metadata);
}

/** For display: +905321234567 → 0532 123 45 67; anything else is shown as it is stored. */
export function formatTurkishPhone(e164: string): string {
  const phone = parsePhone(e164, metadata);
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
