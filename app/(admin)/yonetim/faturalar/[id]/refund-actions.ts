"use server";

import { revalidatePath } from "next/cache";
import { formatKurus } from "@/lib/money";
import { refundPayment } from "@/lib/payments/refund";
import { resolveRefund } from "@/lib/payments/refund-complete";
import { refundPaymentSchema, resolveRefundSchema } from "@/lib/payments/schemas";
import { adminAction, ok } from "@/lib/safe-action";

/** `İade et`: part or all of a card payment back to the customer's card (lib/payments/refund.ts). */
export const refundPaymentAction = adminAction(
  "refundPayment",
  refundPaymentSchema,
  async (input, ctx) => {
    const outcome = await refundPayment(ctx, input);
    revalidatePath("/yonetim/faturalar", "layout");
    revalidatePath("/panel/faturalar", "layout");
    return ok(outcome, `${formatKurus(outcome.amount)} ${outcome.companyName} firmasının kartına iade edildi.`);
  },
  { echo: ["amount", "reason"] },
);

/** `İade yapıldı` / `İade yapılmadı`: the outcome of a refund whose answer was lost, as found at Iyzico. */
export const resolveRefundAction = adminAction("resolveRefund", resolveRefundSchema, async (input, ctx) => {
  const outcome = await resolveRefund(ctx, input);
  revalidatePath("/yonetim/faturalar", "layout");
  revalidatePath("/panel/faturalar", "layout");
  return ok(
    outcome,
    outcome.status === "succeeded"
      ? `${formatKurus(outcome.amount)} iade edildi olarak kaydedildi.`
      : "İade yapılmadı olarak kaydedildi.",
  );
});
