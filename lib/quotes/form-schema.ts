/**
 * The quote request as the browser checks it before sending (zod/mini, see lib/browser-fields.ts):
 * the same fields, rules and Turkish messages as the server's `quoteRequestSchema`
 * (lib/quotes/schemas.ts), which checks everything again. tests/unit/quote-form-schema.test.ts holds
 * the two to the same answers.
 */
import {
  browserCheckbox,
  browserChoices,
  browserEmail,
  browserOptionalText,
  browserPhone,
  browserText,
} from "@/lib/browser-fields";
import { enum as zodEnum, object, optional, pipe, refine, transform } from "zod/mini";
import { isCalendarDate, istanbulWallClock } from "@/lib/dates";
import { VOLUME_RANGES } from "@/lib/pricing";
import { PRODUCT_TYPES } from "@/lib/products";

export const REQUIREMENTS_MAX = 2000;

export const QUOTE_FORM_MESSAGES = {
  companyName: "Firma adını girin",
  companyNameTooLong: "Firma adı çok uzun",
  contactName: "Yetkili adını girin",
  contactNameTooLong: "Yetkili adı çok uzun",
  emailEmpty: "E-posta adresinizi girin",
  emailInvalid: "Geçerli bir e-posta adresi girin",
  volume: "Aylık sipariş adedini seçin",
  productTypes: "En az bir ürün türü seçin",
  requirementsTooLong: `Özel gereksinimler en fazla ${REQUIREMENTS_MAX.toLocaleString("tr-TR")} karakter olabilir`,
  dateInvalid: "Geçerli bir tarih girin",
  datePast: "Başlangıç tarihi geçmiş bir gün olamaz",
} as const;

const M = QUOTE_FORM_MESSAGES;

/** Today's date in Istanbul as YYYY-MM-DD: a start date is compared with the business calendar. */
export function istanbulToday(now = new Date()): string {
  const { year, month, day } = istanbulWallClock(now);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const quoteRequestFormSchema = object({
  companyName: browserText({ error: M.companyName, min: [2, M.companyName], max: [200, M.companyNameTooLong] }),
  contactName: browserText({ error: M.contactName, min: [2, M.contactName], max: [120, M.contactNameTooLong] }),
  email: browserEmail({ empty: M.emailEmpty, invalid: M.emailInvalid }, 254),
  phone: browserPhone,
  monthlyVolume: zodEnum(VOLUME_RANGES, { error: M.volume }),
  productTypes: browserChoices(PRODUCT_TYPES, { invalid: M.productTypes, empty: M.productTypes }),
  specialRequirements: browserOptionalText({ multiline: true, max: [REQUIREMENTS_MAX, M.requirementsTooLong] }),
  hasFragileItems: browserCheckbox,
  needsCustomPackaging: browserCheckbox,
  preferredStartDate: pipe(
    transform((value: unknown) => (value === "" || value === null ? undefined : value)),
    optional(
      browserText().check(
        refine(isCalendarDate, M.dateInvalid),
        refine((value: string) => value >= istanbulToday(), M.datePast),
      ),
    ),
  ),
  website: optional(browserText({ trim: false, max: [500, "Too long"] })),
});
