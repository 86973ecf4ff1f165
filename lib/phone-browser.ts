/**
 * The browser's phone check: the same rules as the server's (lib/phone-core.ts) with Turkey's part of
 * the `max` metadata only (lib/phone-data/metadata-tr.json, from scripts/phone-metadata-tr.mjs).
 */
import type { MetadataJson } from "libphonenumber-js/core";
import metadata from "./phone-data/metadata-tr.json";
import { checkTurkishPhone, type PhoneResult } from "./phone-core";

export { PHONE_MESSAGES } from "./phone-core";

export function checkTurkishPhoneInBrowser(input: string): PhoneResult {
  return checkTurkishPhone(input, metadata as unknown as MetadataJson);
}

/** The phone field's message in the browser, or null when the number is fine. */
export function phoneFieldMessage(input: string): string | null {
  const result = checkTurkishPhoneInBrowser(input);
  return result.ok ? null : result.message;
}
