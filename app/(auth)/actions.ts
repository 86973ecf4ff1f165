"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { query } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { signIn, signOut } from "@/lib/auth";
import { signInRefusal } from "@/lib/auth/authorize";
import { authError } from "@/lib/auth/messages";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { resetPassword, sendResetLink, takeResetRequest } from "@/lib/auth/password-reset";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { currentUser, safeNextPath } from "@/lib/auth/session";
import { action, ok } from "@/lib/safe-action";

export const signInAction = action(
  "signIn",
  signInSchema,
  async (input) => {
    try {
      // The credentials check (lib/auth/authorize.ts) counts and audits failures, and opens the
      // session, records the last login and audits a success.
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      throw signInRefusal(error);
    }
    const user = await query(findUserByEmail, { email: input.email });
    if (!user) throw authError("SIGN_IN_FAILED");
    redirect(safeNextPath(input.next, user.role));
  },
  { echo: ["email"] },
);

export const forgotPasswordAction = action(
  "forgotPassword",
  forgotPasswordSchema,
  async (input, ctx) => {
    await takeResetRequest(ctx, input);
    // After the response: its timing must not tell whether the e-mail has an account.
    after(() =>
      sendResetLink(ctx, input).catch((error: unknown) =>
        ctx.log.error({ err: error }, "password reset link not sent"),
      ),
    );
    return ok(
      undefined,
      "Bu e-posta adresiyle kayıtlı bir hesap varsa şifre sıfırlama bağlantısını gönderdik. Bağlantı 60 dakika geçerlidir.",
    );
  },
  { echo: ["email"] },
);

export const resetPasswordAction = action(
  "resetPassword",
  refuseCommonPassword(resetPasswordSchema),
  async (input, ctx) => {
    const { email } = await resetPassword(ctx, input);
    // Signed in elsewhere as this user? That session just ended with the password change.
    if ((await currentUser())?.email === email) await signOut({ redirect: false });
    redirect("/giris?sifre=yenilendi");
  },
);
