"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePasswordSchema, companyProfileSchema } from "@/components/account/schemas";
import { changePassword } from "@/lib/account/password";
import { updateCompanyProfile } from "@/lib/account/profile";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { authAction, fail, ok } from "@/lib/safe-action";

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

/**
 * The new password ends every session of the user (other devices included); this browser is signed
 * in again with the new password so the user stays where they are.
 */
export const changePasswordAction = authAction(
  refuseCommonPassword(changePasswordSchema),
  async (input, ctx) => {
    const changed = await changePassword({
      currentPassword: input.currentPassword,
      newPassword: input.password,
      actor: ctx.user,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (!changed) return fail("Lütfen işaretli alanları düzeltin.", { currentPassword: ["Mevcut şifreniz hatalı"] });
    try {
      await signIn("credentials", { email: ctx.user.email, password: input.password, redirect: false });
    } catch (error) {
      ctx.log.warn({ err: error }, "sign-in after password change failed");
      redirect("/giris?sifre=yenilendi");
    }
    // A new session cookie makes Next.js re-render the page from scratch, so the form's own state
    // would be lost: the confirmation travels in the address instead.
    redirect("/panel/hesap?sifre=degisti#sifre");
  },
  { role: "customer" },
);
