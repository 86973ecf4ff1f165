/** The order forms' rules, shared by the browser (react-hook-form) and the server actions. */
import { z } from "zod";
import { parseTurkishCount } from "@/lib/numbers";
import { rowId } from "@/lib/row-id";
import { text } from "@/lib/text";

export const MAX_PACKAGES = 100_000;

/** A fraction as typed, with a decimal comma ("2,5") or point: refused as not whole, not as missing. */
const FRACTION = /^\s*\d+[.,]\d+\s*$/;

/**
 * "1.200" is twelve hundred packages, as Turkish writes it (lib/numbers.ts), not 1.2; "2,5" is two
 * and a half, which is not a count. Anything else that is not a number is asked for in digits.
 */
const packageCount = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const count = parseTurkishCount(value);
    if (count !== null) return count;
    return FRACTION.test(value) ? Number(value.replace(",", ".")) : value;
  },
  z.coerce
    .number({ error: "Paket adedini rakamla girin, ör. 120" })
    .int("Paket adedi tam sayı olmalıdır")
    .min(1, "En az 1 paket girin")
    .max(MAX_PACKAGES, `En fazla ${MAX_PACKAGES.toLocaleString("tr-TR")} paket girebilirsiniz`),
);

const note = text({ multiline: true }).max(1000, "Not en fazla 1000 karakter olabilir").optional();

export const createOrderSchema = z.object({ packageCount, note });

export const adminCreateOrderSchema = z.object({ customerId: rowId("Müşteri seçin"), packageCount, note });

export const orderIdSchema = rowId("Sipariş bulunamadı");

export const cancelOrderSchema = z.object({ orderId: orderIdSchema, note });

export const changeOrderStatusSchema = z.object({
  orderId: orderIdSchema,
  to: z.enum(["processing", "completed", "cancelled"], { error: "Yeni durumu seçin" }),
  note,
});
