"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePasswordSchema, endSessionSchema } from "@/components/account/schemas";
import { changePassword } from "@/lib/account/password";
import { signIn, signOut } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { currentSessionId } from "@/lib/auth/session";
import { endSession } from "@/lib/auth/sign-out";
import { signOutEverywhere } from "@/lib/auth/users";
import { authAction, fail, ok } from "@/lib/safe-action";

const accountPath = (role: "customer" | "admin") => (role === "admin" ? "/yonetim/hesap" : "/panel/hesap");

/** `Çıkış`: ends this browser's session (a copy of the cookie dies with it), then clears the cookie. */
export const signOutAction = authAction(
  z.object({}),
  async (_input, ctx) => {
    const sessionId = await currentSessionId();
    if (sessionId) await endSession(ctx.user, { sessionId, current: true, ip: ctx.ip, requestId: ctx.requestId });
    await signOut({ redirectTo: "/giris" });
    return ok(undefined);
  },
  { role: "any" },
);

/** `Oturumu kapat` in the session list: one of the user's sessions; this one signs this browser out. */
export const endSessionAction = authAction(
  endSessionSchema,
  async (input, ctx) => {
    const current = input.sessionId === (await currentSessionId());
    const ended = await endSession(ctx.user, { ...input, current, ip: ctx.ip, requestId: ctx.requestId });
    if (!ended) return fail("Bu oturum bulunamadı ya da zaten kapatılmış.");
    if (current) await signOut({ redirectTo: "/giris" });
    revalidatePath(accountPath(ctx.user.role));
    return ok(undefined, "Oturum kapatıldı.");
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
    redirect(`${accountPath(ctx.user.role)}?sifre=degisti#sifre`);
  },
  { role: "any" },
);
