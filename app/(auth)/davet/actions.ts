"use server";

import { redirect } from "next/navigation";
import { acceptInvitationSchema } from "@/components/account/schemas";
import { acceptInvitation, EmailAlreadyUserError } from "@/lib/account/invitations";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { action, fail } from "@/lib/safe-action";

const schema = refuseCommonPassword(acceptInvitationSchema);

export const acceptInvitationAction = action(schema, { echo: ["name"] }, async (input, ctx) => {
  let accepted: { email: string } | null;
  try {
    accepted = await acceptInvitation({
      token: input.token,
      name: input.name,
      password: input.password,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
  } catch (error) {
    if (error instanceof EmailAlreadyUserError)
      return fail("Bu e-posta adresiyle bir hesap zaten var. Giriş yapmayı deneyin.");
    throw error;
  }
  if (!accepted) return fail("Bu davet bağlantısı geçersiz, kullanılmış ya da süresi dolmuş.");
  try {
    await signIn("credentials", { email: accepted.email, password: input.password, redirect: false });
  } catch (error) {
    ctx.log.warn({ err: error }, "sign-in after accepting an invitation failed");
    redirect("/giris");
  }
  redirect("/panel");
});
