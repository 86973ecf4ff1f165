/**
 * A money field of a form: the text a user typed ("32,50", "1.234,56", "32.50") read as kuruş, with
 * the Turkish message on the field when it is not an amount or out of range.
 */
import { z } from "zod";
import { formatKurus, parseTurkishAmount } from "./money";
import { text } from "./text";

type AmountOptions = {
  /** What the field is, in the messages: "Birim fiyat". */
  label: string;
  /** Smallest allowed amount in kuruş (1 for a price, 0 for a charge that may be nothing). */
  min: number;
  /** Largest allowed amount in kuruş: a typo (3250 for 32,50) is caught before it is saved. */
  max: number;
};

export function amountField({ label, min, max }: AmountOptions) {
  return text({ error: `${label} girin` })
    .min(1, `${label} girin`)
    .max(30, `${label} 32,50 biçiminde girilmeli`)
    .transform((value, ctx) => {
      const kurus = parseTurkishAmount(value);
      if (kurus === null) {
        ctx.addIssue({ code: "custom", message: `${label} 32,50 biçiminde girilmeli` });
        return z.NEVER;
      }
      if (kurus < min) {
        const message = min > 0 ? `${label} sıfırdan büyük olmalı` : `${label} negatif olamaz`;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      if (kurus > max) {
        ctx.addIssue({ code: "custom", message: `${label} en fazla ${formatKurus(max)} olabilir` });
        return z.NEVER;
      }
      return kurus;
    });
}

/** An optional amount: an empty field is null (no amount), anything else must be one. */
export function optionalAmountField(options: AmountOptions) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    amountField(options).optional(),
  );
}
