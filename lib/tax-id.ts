import { z } from "zod";
import { text } from "@/lib/text";

/**
 * Turkish tax numbers: a company's VKN (10 digits) or a sole trader's TCKN (11 digits). Both end in
 * check digits, so a mistyped digit is caught here instead of on the first invoice.
 */

export type TaxIdKind = "vkn" | "tckn";
export type TaxIdResult = { ok: true; kind: TaxIdKind; value: string } | { ok: false; message: string };

export const TAX_ID_MESSAGES = {
  required: "Vergi numarası girin",
  digits: "Vergi numarası yalnızca rakamlardan oluşmalıdır",
  length: "Vergi numarası 10 haneli VKN ya da 11 haneli TCKN olmalıdır",
  tcknLeadingZero: "11 haneli T.C. kimlik numarası 0 ile başlayamaz",
  checksum: "Vergi numarası geçersiz: kontrol hanesi tutmuyor",
} as const;

function digitsOf(value: string): number[] {
  return Array.from(value, Number);
}

/** The Revenue Administration's (GİB) VKN algorithm: the 10th digit checks the first nine. */
export function isValidVkn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = digitsOf(value);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const shifted = ((digits[i] ?? 0) + 9 - i) % 10;
    // A shifted 9 counts as 9; otherwise 9 would reduce to 0 and collide with a shifted 0.
    sum += shifted === 9 ? 9 : (shifted * 2 ** (9 - i)) % 9;
  }
  return (10 - (sum % 10)) % 10 === digits[9];
}

/** The identity number rules: no leading 0, the 10th and 11th digits check the ones before. */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = digitsOf(value) as [number, number, number, number, number, number, number, number, number, number, number];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + d[9]) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

/** Reads a tax number as typed (spaces allowed, e.g. "454 053 6920") and says what is wrong. */
export function validateTaxId(input: string): TaxIdResult {
  const value = input.replace(/\s+/g, "");
  if (value === "") return { ok: false, message: TAX_ID_MESSAGES.required };
  if (!/^\d+$/.test(value)) return { ok: false, message: TAX_ID_MESSAGES.digits };
  if (value.length === 10) {
    return isValidVkn(value) ? { ok: true, kind: "vkn", value } : { ok: false, message: TAX_ID_MESSAGES.checksum };
  }
  if (value.length === 11) {
    if (value.startsWith("0")) return { ok: false, message: TAX_ID_MESSAGES.tcknLeadingZero };
    return isValidTckn(value) ? { ok: true, kind: "tckn", value } : { ok: false, message: TAX_ID_MESSAGES.checksum };
  }
  return { ok: false, message: TAX_ID_MESSAGES.length };
}

/** For forms and actions: the digits only, refused with the same Turkish messages. */
export const taxIdSchema = text({ error: TAX_ID_MESSAGES.required }).transform((input, ctx) => {
  const result = validateTaxId(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});
