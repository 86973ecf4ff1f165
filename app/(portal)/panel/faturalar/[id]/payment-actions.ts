"use server";

import { redirect } from "next/navigation";
import { customerAction } from "@/lib/safe-action";
import { startCardPayment } from "@/lib/payments/checkout";
import { startCardPaymentSchema } from "@/lib/payments/schemas";

/** `Öde`: opens Iyzico's checkout form for the invoice and sends the customer to its page. */
export const startCardPaymentAction = customerAction("startCardPayment", startCardPaymentSchema, async (input, ctx) => {
  const { paymentPageUrl } = await startCardPayment(ctx, input);
  redirect(paymentPageUrl);
});
