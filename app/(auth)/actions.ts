"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@/components/auth/schemas";
import { signIn, signOut } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { resetPassword, sendResetLink, takeResetRequest } from "@/lib/auth/password-reset";
import { currentUser, safeNextPath } from "@/lib/auth/session";
import { SignInLimitedError } from "@/lib/auth/authorize";
import { signInFailureMessage } from "@/lib/auth/sign-in-messages";
import { findUserByEmail } from "@/lib/auth/users";
import { tooManyAttemptsMessage } from "@/lib/rate-limit";
import { action, fail, ok } from "@/lib/safe-action";

export const signInAction = action(signInSchema, { echo: ["email"] }, async (input) => {
  try {
    // The credentials check (lib/auth/authorize.ts) counts and audits failures, and opens the
    // session, records the last login and audits a success.
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLimitedError) return fail(tooManyAttemptsMessage(error.refusal));
    if (error instanceof CredentialsSignin) return fail(signInFailureMessage(error.code));
    throw error;
  }
  const user = await findUserByEmail(input.email);
  if (!user) return fail(signInFailureMessage());
  redirect(safeNextPath(input.next, user.role));
});

export const forgotPasswordAction = action(forgotPasswordSchema, { echo: ["email"] }, async (input, ctx) => {
  const state = await takeResetRequest({ email: input.email, ip: ctx.ip });
  if (state.limited) return fail(tooManyAttemptsMessage(state));
  // After the response: its timing must not tell whether the e-mail has an account.
  after(() =>
    sendResetLink({ email: input.email, ip: ctx.ip, requestId: ctx.requestId }).catch((error: unknown) =>
      ctx.log.error({ err: error }, "password reset link not sent"),
    ),
  );
  return ok(
    undefined,
    "Bu e-posta adresiyle kayıtlı bir hesap varsa şifre sıfırlama bağlantısını gönderdik. Bağlantı 60 dakika geçerlidir.",
  );
});

export const resetPasswordAction = action(refuseCommonPassword(resetPasswordSchema), async (input, ctx) => {
  const result = await resetPassword({
    token: input.token,
    password: input.password,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
  if (!result.ok) return fail("Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.");
  // Signed in elsewhere as this user? That session just ended with the password change.
  if ((await currentUser())?.email === result.email) await signOut({ redirect: false });
  redirect("/giris?sifre=yenilendi");
});
