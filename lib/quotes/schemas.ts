/**
 * The quote forms' rules as the server actions check them: the visitor's request, operations' offer
 * and rejection, and the visitor's answer to an offer. The public request form leaves the checking
 * to the server (it must stay light, components/forms/use-light-form.ts), except its phone.
 */
import { z } from "zod";
import { isCalendarDate } from "@/lib/dates";
import { parseTurkishAmount } from "@/lib/money";
import { turkishPhoneSchema } from "@/lib/phone";
import { VOLUME_RANGES } from "@/lib/pricing";
import { PRODUCT_TYPES } from "@/lib/products";
import { rowId } from "@/lib/row-id";
import { text } from "@/lib/text";
import { istanbulToday, QUOTE_FORM_MESSAGES, REQUIREMENTS_MAX } from "./form-messages";

export { PRODUCT_TYPES, type ProductType } from "@/lib/products";

export { istanbulToday, QUOTE_FORM_MESSAGES, REQUIREMENTS_MAX } from "./form-messages";

/** A checkbox: "on" from a posted form, true from react-hook-form, absent when unticked. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A group of checkboxes: a posted form sends one string for one tick, an array for several. */
const productTypes = z.preprocess(
  (value) => (value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(PRODUCT_TYPES, { error: QUOTE_FORM_MESSAGES.productTypes })).min(1, QUOTE_FORM_MESSAGES.productTypes),
);

/** An optional text: an empty field is no value. */
const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text({ multiline: true }).max(max, message).optional(),
  );

const startDate = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  text()
    .refine(isCalendarDate, QUOTE_FORM_MESSAGES.dateInvalid)
    .refine((value) => value >= istanbulToday(), QUOTE_FORM_MESSAGES.datePast)
    .optional(),
);

export const quoteRequestSchema = z.object({
  companyName: text({ error: QUOTE_FORM_MESSAGES.companyName })
    .min(2, QUOTE_FORM_MESSAGES.companyName)
    .max(200, QUOTE_FORM_MESSAGES.companyNameTooLong),
  contactName: text({ error: QUOTE_FORM_MESSAGES.contactName })
    .min(2, QUOTE_FORM_MESSAGES.contactName)
    .max(120, QUOTE_FORM_MESSAGES.contactNameTooLong),
  email: text({ error: QUOTE_FORM_MESSAGES.emailEmpty })
    .min(1, QUOTE_FORM_MESSAGES.emailEmpty)
    .max(254, QUOTE_FORM_MESSAGES.emailInvalid)
    .pipe(z.email(QUOTE_FORM_MESSAGES.emailInvalid)),
  phone: turkishPhoneSchema,
  monthlyVolume: z.enum(VOLUME_RANGES, { error: QUOTE_FORM_MESSAGES.volume }),
  productTypes,
  specialRequirements: optionalText(REQUIREMENTS_MAX, QUOTE_FORM_MESSAGES.requirementsTooLong),
  hasFragileItems: checkbox,
  needsCustomPackaging: checkbox,
  preferredStartDate: startDate,
  /** Honeypot: hidden from people; the server refuses a form where it is filled. */
  website: text({ trim: false }).max(500).optional(),
});

export type QuoteRequestInput = z.output<typeof quoteRequestSchema>;

export const OFFER_VALIDITY_DEFAULT_DAYS = 14;
export const OFFER_VALIDITY_MAX_DAYS = 90;
/** 10.000,00 TL per package: far above any real packaging price, so a typo like 3250 is caught. */
export const OFFER_MAX_UNIT_PRICE = 1_000_000;

const quoteId = rowId("Geçersiz teklif");

export const quoteIdSchema = z.object({ quoteId });

export const sendOfferSchema = z.object({
  quoteId,
  unitPrice: text({ error: "Birim fiyatı girin" })
    .min(1, "Birim fiyatı girin")
    .transform((value, ctx) => {
      const kurus = parseTurkishAmount(value);
      if (kurus === null) {
        ctx.addIssue({ code: "custom", message: "Fiyatı 32,50 biçiminde girin" });
        return z.NEVER;
      }
      if (kurus <= 0) {
        ctx.addIssue({ code: "custom", message: "Birim fiyat sıfırdan büyük olmalı" });
        return z.NEVER;
      }
      if (kurus > OFFER_MAX_UNIT_PRICE) {
        ctx.addIssue({ code: "custom", message: "Birim fiyat en fazla 10.000,00 TL olabilir" });
        return z.NEVER;
      }
      return kurus;
    }),
  validityDays: z.coerce
    .number({ error: "Geçerlilik süresini gün olarak girin" })
    .int("Geçerlilik süresini tam gün olarak girin")
    .min(1, "Geçerlilik en az 1 gün olmalı")
    .max(OFFER_VALIDITY_MAX_DAYS, `Geçerlilik en fazla ${OFFER_VALIDITY_MAX_DAYS} gün olabilir`),
  note: optionalText(2000, "Not en fazla 2.000 karakter olabilir"),
});

export const rejectQuoteSchema = z.object({
  quoteId,
  reason: text({ multiline: true, error: "Red nedenini yazın" })
    .min(3, "Red nedenini yazın")
    .max(1000, "Red nedeni en fazla 1.000 karakter olabilir"),
});

export const offerResponseSchema = z.object({
  token: text({ trim: false }).min(20).max(200),
  decision: z.enum(["accept", "decline"]),
});
