"use server";

import { revalidatePath } from "next/cache";
import { updateCompanyProfile } from "@/lib/account/profile";
import { companyProfileSchema } from "@/lib/account/schemas";
import { customerAction, ok } from "@/lib/safe-action";

export const updateCompanyAction = customerAction("updateCompany", companyProfileSchema, async (input, ctx) => {
  await updateCompanyProfile(ctx, input);
  revalidatePath("/panel", "layout");
  return ok(undefined, "Firma bilgileriniz kaydedildi.");
});
