"use server";

import { revalidatePath } from "next/cache";
import { companyProfileSchema } from "@/components/account/schemas";
import { updateCompanyProfile } from "@/lib/account/profile";
import { authAction, ok } from "@/lib/safe-action";

export const updateCompanyAction = authAction(
  companyProfileSchema,
  async (input, ctx) => {
    await updateCompanyProfile({
      customerId: ctx.user.customerId!,
      values: input,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    revalidatePath("/panel", "layout");
    return ok(undefined, "Firma bilgileriniz kaydedildi.");
  },
  { role: "customer" },
);
