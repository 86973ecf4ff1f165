"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@/components/auth/schemas";
import { signIn, signOut } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { resetPassword, sendResetLink, takeResetRequest } from "@/lib/auth/password-reset";
import { currentUser, safeNextPath } from "@/lib/auth/session";
import { SignInLimitedError } from "@/lib/auth/authorize";
import { recordSignInSuccess } from "@/lib/auth/sign-in-audit";
import { findUserByEmail, signOutEverywhere } from "@/lib/auth/users";
import { writeAudit } from "@/lib/audit";
import { getDb } from "@/db";
import { tooManyAttemptsMessage } from "@/lib/rate-limit";
import { action, authAction, fail, ok } from "@/lib/safe-action";

const WRONG_CREDENTIALS = "E-posta veya şifre hatalı";

export const signInAction = action(signInSchema, { echo: ["email"] }, async (input, ctx) => {
  const attempt = { email: input.email, ip: ctx.ip, requestId: ctx.requestId };
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLimitedError) return fail(tooManyAttemptsMessage(error.refusal));
    if (!(error instanceof AuthError)) throw error;
    // The failure was counted and audited by the credentials check (lib/auth/authorize.ts).
    return fail(WRONG_CREDENTIALS);
  }
  // The credentials were verified by signIn and the session cookie is set.
  const user = await findUserByEmail(input.email);
  if (!user) return fail(WRONG_CREDENTIALS);
  await recordSignInSuccess({ ...attempt, userId: user.id, email: user.email });
  redirect(safeNextPath(input.next, user.role));
});

export const signOutAction = authAction(
  z.object({}),
  async (_input, ctx) => {
    const db = await getDb();
    await writeAudit(db, {
      actor: { kind: "user", userId: ctx.user.id, email: ctx.user.email },
      action: "auth.sign_out",
      entityType: "user",
      entityId: ctx.user.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    await signOut({ redirectTo: "/giris" });
    return ok(undefined);
  },
  { role: "any" },
);

export const signOutEverywhereAction = authAction(
  z.object({}),
  async (_input, ctx) => {
    await signOutEverywhere(ctx.user, ctx);
    await signOut({ redirectTo: "/giris?oturum=kapatildi" });
    return ok(undefined);
  },
  { role: "any" },
);

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
