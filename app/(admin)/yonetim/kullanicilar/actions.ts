"use server";

import { revalidatePath } from "next/cache";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { createAdminSchema, setUserDisabledSchema } from "@/lib/auth/schemas";
import { createAdmin, setUserDisabled } from "@/lib/auth/users";
import { adminAction, ok } from "@/lib/safe-action";

export const createAdminAction = adminAction(
  "createAdmin",
  refuseCommonPassword(createAdminSchema),
  async (input, ctx) => {
    await createAdmin(ctx, input);
    revalidatePath("/yonetim/kullanicilar");
    return ok(undefined, `${input.email} yönetici olarak eklendi.`);
  },
  { echo: ["name", "email"] },
);

export const setUserDisabledAction = adminAction("setUserDisabled", setUserDisabledSchema, async (input, ctx) => {
  await setUserDisabled(ctx, input);
  revalidatePath("/yonetim/kullanicilar");
  return ok(undefined, input.disabled ? "Kullanıcı devre dışı bırakıldı." : "Kullanıcı yeniden etkinleştirildi.");
});
