/** The order forms' rules, shared by the browser (react-hook-form) and the server actions. */
import { z } from "zod";
import { parseTurkishCount } from "@/lib/numbers";
import { rowId } from "@/lib/row-id";
import { text } from "@/lib/text";

export const MAX_PACKAGES = 100_000;

/** "1.200" is twelve hundred packages, as Turkish writes it (lib/numbers.ts), not 1.2. */
const packageCount = z.preprocess(
  (value) => (typeof value === "string" ? (parseTurkishCount(value) ?? value) : value),
  z.coerce
    .number({ error: "Paket adedini girin" })
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
