"use server";

import { revalidatePath } from "next/cache";
import { revalidatePricing } from "@/app/pricing-cache";
import { formatIstanbulDate } from "@/lib/dates";
import { cancelPricingChange, schedulePricingChange } from "@/lib/pricing-admin/change";
import { cancelPricingChangeSchema, PRICING_FIELD_NAMES, pricingChangeSchema } from "@/lib/pricing-admin/schemas";
import { adminAction, ok } from "@/lib/safe-action";

const PATH = "/yonetim/fiyatlandirma";

export const schedulePricingChangeAction = adminAction(
  "schedulePricingChange",
  pricingChangeSchema,
  async (input, ctx) => {
    const { effectiveFrom } = await schedulePricingChange(ctx, input);
    revalidatePath(PATH);
    revalidatePricing();
    return ok(undefined, `Yeni fiyatlar ${formatIstanbulDate(effectiveFrom)} tarihinden itibaren geçerli.`);
  },
  // A refused form shows every price and the date again, even without JavaScript.
  { echo: PRICING_FIELD_NAMES },
);

export const cancelPricingChangeAction = adminAction(
  "cancelPricingChange",
  cancelPricingChangeSchema,
  async (input, ctx) => {
    await cancelPricingChange(ctx, input);
    revalidatePath(PATH);
    revalidatePricing();
    return ok(undefined, "Planlanan fiyat değişikliği geri alındı.");
  },
);
