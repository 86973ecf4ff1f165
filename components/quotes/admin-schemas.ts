/** The operations team's quote actions, shared by the admin forms and their server actions. */
import { z } from "zod";
import { parseTurkishAmount } from "@/lib/money";
import { text } from "@/lib/text";

export const OFFER_VALIDITY_DEFAULT_DAYS = 14;
export const OFFER_VALIDITY_MAX_DAYS = 90;
/** 10.000,00 TL per package: far above any real packaging price, so a typo like 3250 is caught. */
export const OFFER_MAX_UNIT_PRICE = 1_000_000;

const quoteId = z.uuid("Geçersiz teklif");

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
  note: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text({ multiline: true }).max(2000, "Not en fazla 2.000 karakter olabilir").optional(),
  ),
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

/** Kuruş → the way the price field shows it: 3250 → "32,50". */
export function kurusToInput(kurus: number): string {
  const digits = String(kurus).padStart(3, "0");
  return `${digits.slice(0, -2)},${digits.slice(-2)}`;
}
