import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import metadata from "@/lib/phone-data/metadata-tr.json";
import { checkTurkishPhoneInBrowser } from "@/lib/phone-browser";
import { normalizeTurkishPhone, PHONE_MESSAGES } from "@/lib/phone";
// @ts-expect-error: a plain .mjs script without types
import { turkishMetadata } from "@/scripts/phone-metadata-tr.mjs";

const writings = [
  "0532 123 45 67",
  "+90 532 123 4567",
  "5321234567",
  "(0532) 123-45-67",
  "0090 532 123 45 67",
  "905321234567",
  "0212 123 45 67",
  "(0312) 444 55 66",
  "0850 123 45 67",
  "444 1 444",
  "0532 123",
  "532 123 45",
  "+90 532",
  "0532 123 45 678",
  "+49 30 1234567",
  "+1 202 555 0123",
  "0049 30 1234567",
  "+44 20 7946 0958",
  "abc",
  "0532 ABC 45 67",
  "telefon: 0532 123 45 67",
  "0123 456 78 90",
  "0999 123 45 67",
  "-",
  "   ",
  "0212 123 45 67 ext. 12",
  "x".repeat(200),
];

describe("the browser's phone check (Turkey-only metadata)", () => {
  it.each(writings)("answers %j exactly as the server's full metadata does", (input) => {
    expect(checkTurkishPhoneInBrowser(input)).toEqual(normalizeTurkishPhone(input));
  });

  it("accepts a mobile number as +90… and refuses a foreign one with the Turkish message", () => {
    expect(checkTurkishPhoneInBrowser("0532 123 45 67")).toEqual({ ok: true, e164: "+905321234567" });
    expect(checkTurkishPhoneInBrowser("+49 30 1234567")).toEqual({ ok: false, message: PHONE_MESSAGES.foreign });
  });

  it("ships the Turkey part of the installed library's max metadata (regenerate: node scripts/phone-metadata-tr.mjs)", () => {
    const require = createRequire(import.meta.url);
    const max = JSON.parse(readFileSync(require.resolve("libphonenumber-js/metadata.max.json"), "utf8"));
    expect(metadata).toEqual(turkishMetadata(max));
    expect(JSON.stringify(metadata).length).toBeLessThan(2000);
  });
});
