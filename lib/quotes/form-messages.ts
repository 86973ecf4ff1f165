/**
 * The quote request's Turkish messages and start-date rule, free of zod: the request form (a client
 * component that must stay light) shows `istanbulToday` as the date field's minimum, and the server's
 * `quoteRequestSchema` (lib/quotes/schemas.ts) refuses with these messages.
 */
import { istanbulWallClock } from "@/lib/dates";

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

/** Today's date in Istanbul as YYYY-MM-DD: a start date is compared with the business calendar. */
export function istanbulToday(now = new Date()): string {
  const { year, month, day } = istanbulWallClock(now);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
