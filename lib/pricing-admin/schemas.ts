/**
 * The pricing form (`/yonetim/fiyatlandirma`): the effective date, each tier's unit price and monthly
 * storage charge (fields `unitPrice_<n>` and `storageCharge_<n>`, n the tier's place in VOLUME_RANGES),
 * and the premium surcharge. Amounts as typed ("32,50"), read as kuruş.
 */
import { z } from "zod";
import { amountField } from "../amount-field";
import { PRICING_MESSAGES } from "./messages";
import { calendarDay } from "../list-params";
import { VOLUME_RANGES, type VolumeRange } from "../pricing";

/** 10.000,00 TL: above any real price, so a typo like 3250 for 32,50 is caught. */
export const UNIT_PRICE_MAX = 1_000_000;
/** 1.000.000,00 TL a month. */
export const STORAGE_CHARGE_MAX = 100_000_000;

export type TierPrice = { range: VolumeRange; unitPrice: number; storageCharge: number };
export type PricingChange = { effectiveDate: string; tiers: TierPrice[]; premiumSurcharge: number };

const unitPriceKey = (index: number) => `unitPrice_${index}`;
const storageChargeKey = (index: number) => `storageCharge_${index}`;

const fields: Record<string, z.ZodType> = {
  effectiveDate: z
    .string({ error: "Yürürlük tarihini seçin." })
    .refine((value) => calendarDay.safeParse(value).success, "Yürürlük tarihini seçin."),
  premiumSurcharge: amountField({ label: "Premium ek ücreti", min: 0, max: UNIT_PRICE_MAX }),
};
VOLUME_RANGES.forEach((range, index) => {
  fields[unitPriceKey(index)] = amountField({ label: `${range} birim fiyatı`, min: 1, max: UNIT_PRICE_MAX });
  fields[storageChargeKey(index)] = amountField({ label: `${range} depolama ücreti`, min: 0, max: STORAGE_CHARGE_MAX });
});

export const pricingChangeSchema = z.object(fields).transform((values): PricingChange => ({
  effectiveDate: values.effectiveDate as string,
  premiumSurcharge: values.premiumSurcharge as number,
  tiers: VOLUME_RANGES.map((range, index) => ({
    range,
    unitPrice: values[unitPriceKey(index)] as number,
    storageCharge: values[storageChargeKey(index)] as number,
  })),
}));

/**
 * The form's check in the browser: the schema, and a day no earlier than today (Istanbul's, as the
 * page computed it), so a past day is refused before the question. The action checks again by the
 * server's clock.
 */
export const pricingFormSchema = (today: string) =>
  pricingChangeSchema.superRefine((value, ctx) => {
    if (value.effectiveDate < today) {
      ctx.addIssue({ code: "custom", path: ["effectiveDate"], message: PRICING_MESSAGES.EFFECTIVE_DATE_PAST });
    }
  });

/** `Planlanan değişikliği geri al`: the date of a change not yet in effect. */
export const cancelPricingChangeSchema = z.object({ effectiveDate: calendarDay });

/** The form's field names, for the page that draws it. */
export const PRICING_FIELDS = { unitPriceKey, storageChargeKey } as const;
export const PRICING_FIELD_NAMES: readonly string[] = Object.keys(fields);
