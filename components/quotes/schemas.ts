/**
 * The quote request form's rules, shared by the browser (react-hook-form) and the server action, so
 * both refuse the same input with the same Turkish messages.
 */
import { z } from "zod";
import { istanbulWallClock } from "@/lib/dates";
import { turkishPhoneSchema } from "@/lib/phone";
import { VOLUME_RANGES } from "@/lib/pricing";
import { text } from "@/lib/text";

import { PRODUCT_TYPES } from "@/lib/products";

export { PRODUCT_TYPES, type ProductType } from "@/lib/products";

export const REQUIREMENTS_MAX = 2000;

export const QUOTE_MESSAGES = {
  companyName: "Firma adını girin",
  contactName: "Yetkili adını girin",
  emailEmpty: "E-posta adresinizi girin",
  emailInvalid: "Geçerli bir e-posta adresi girin",
  volume: "Aylık sipariş adedini seçin",
  productTypes: "En az bir ürün türü seçin",
  requirementsTooLong: `Özel gereksinimler en fazla ${REQUIREMENTS_MAX.toLocaleString("tr-TR")} karakter olabilir`,
  dateInvalid: "Geçerli bir tarih girin",
  datePast: "Başlangıç tarihi geçmiş bir gün olamaz",
} as const;

/** Today's date in Istanbul as YYYY-MM-DD: a start date is compared with the business calendar. */
export function istanbulToday(now = new Date()): string {
  const { year, month, day } = istanbulWallClock(now);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A checkbox: "on" from a posted form, true from react-hook-form, absent when unticked. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A group of checkboxes: a posted form sends one string for one tick, an array for several. */
const productTypes = z.preprocess(
  (value) => (value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(PRODUCT_TYPES, { error: QUOTE_MESSAGES.productTypes })).min(1, QUOTE_MESSAGES.productTypes),
);

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text({ multiline: true }).max(max, message).optional(),
  );

const startDate = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  text()
    .refine(isCalendarDate, QUOTE_MESSAGES.dateInvalid)
    .refine((value) => value >= istanbulToday(), QUOTE_MESSAGES.datePast)
    .optional(),
);

export const quoteRequestSchema = z.object({
  companyName: text({ error: QUOTE_MESSAGES.companyName })
    .min(2, QUOTE_MESSAGES.companyName)
    .max(200, "Firma adı çok uzun"),
  contactName: text({ error: QUOTE_MESSAGES.contactName })
    .min(2, QUOTE_MESSAGES.contactName)
    .max(120, "Yetkili adı çok uzun"),
  email: text({ error: QUOTE_MESSAGES.emailEmpty })
    .min(1, QUOTE_MESSAGES.emailEmpty)
    .max(254, QUOTE_MESSAGES.emailInvalid)
    .pipe(z.email(QUOTE_MESSAGES.emailInvalid)),
  phone: turkishPhoneSchema,
  monthlyVolume: z.enum(VOLUME_RANGES, { error: QUOTE_MESSAGES.volume }),
  productTypes,
  specialRequirements: optionalText(REQUIREMENTS_MAX, QUOTE_MESSAGES.requirementsTooLong),
  hasFragileItems: checkbox,
  needsCustomPackaging: checkbox,
  preferredStartDate: startDate,
  /** Honeypot: hidden from people; the server refuses a form where it is filled. */
  website: text({ trim: false }).max(500).optional(),
});

export type QuoteRequestInput = z.output<typeof quoteRequestSchema>;
