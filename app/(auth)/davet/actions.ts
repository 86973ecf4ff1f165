"use server";

import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/account/invitations";
import { acceptInvitationSchema } from "@/lib/account/schemas";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { action } from "@/lib/safe-action";

export const acceptInvitationAction = action(
  "acceptInvitation",
  refuseCommonPassword(acceptInvitationSchema),
  async (input, ctx) => {
    const { email } = await acceptInvitation(ctx, input);
    try {
      await signIn("credentials", { email, password: input.password, redirect: false });
    } catch (error) {
      ctx.log.warn({ err: error }, "sign-in after accepting an invitation failed");
      redirect("/giris");
    }
    redirect("/panel");
  },
  { echo: ["name"] },
);
