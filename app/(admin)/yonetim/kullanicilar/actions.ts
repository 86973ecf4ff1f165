"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAdminSchema } from "@/components/auth/schemas";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { createAdmin, EmailTakenError, setUserDisabled } from "@/lib/auth/users";
import { authAction, fail, ok } from "@/lib/safe-action";

export const createAdminAction = authAction(
  refuseCommonPassword(createAdminSchema),
  async (input, ctx) => {
    try {
      await createAdmin(ctx.user, { ...input, ip: ctx.ip, requestId: ctx.requestId });
    } catch (error) {
      if (error instanceof EmailTakenError) {
        return fail("Lütfen işaretli alanları düzeltin.", { email: ["Bu e-posta adresiyle bir kullanıcı zaten var"] });
      }
      throw error;
    }
    revalidatePath("/yonetim/kullanicilar");
    return ok(undefined, `${input.email} yönetici olarak eklendi.`);
  },
  { role: "admin", echo: ["name", "email"] },
);

const setDisabledSchema = z.object({
  userId: z.uuid("Geçersiz kullanıcı"),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setUserDisabledAction = authAction(
  setDisabledSchema,
  async (input, ctx) => {
    if (input.userId === ctx.user.id) return fail("Kendi hesabınızı devre dışı bırakamazsınız.");
    const changed = await setUserDisabled(ctx.user, { ...input, ip: ctx.ip, requestId: ctx.requestId });
    if (!changed) return fail("Kullanıcı bulunamadı ya da zaten bu durumda.");
    revalidatePath("/yonetim/kullanicilar");
    return ok(undefined, input.disabled ? "Kullanıcı devre dışı bırakıldı." : "Kullanıcı yeniden etkinleştirildi.");
  },
  { role: "admin" },
);
