"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword } from "@/lib/account/password";
import { changePasswordSchema } from "@/lib/account/schemas";
import { signIn, signOut } from "@/lib/auth";
import { authError } from "@/lib/auth/messages";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { endSessionSchema } from "@/lib/auth/schemas";
import { currentSessionId } from "@/lib/auth/session";
import { endSession } from "@/lib/auth/sign-out";
import { signOutEverywhere } from "@/lib/auth/users";
import { ok, userAction } from "@/lib/safe-action";

const accountPath = (role: "customer" | "admin") => (role === "admin" ? "/yonetim/hesap" : "/panel/hesap");

/** `Çıkış`: ends this browser's session (a copy of the cookie dies with it), then clears the cookie. */
export const signOutAction = userAction("signOut", z.object({}), async (_input, ctx) => {
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(ctx, { sessionId, current: true });
  await signOut({ redirectTo: "/giris" });
  return ok(undefined);
});

/** `Oturumu kapat` in the session list: one of the user's sessions; this one signs this browser out. */
export const endSessionAction = userAction("endSession", endSessionSchema, async (input, ctx) => {
  const current = input.sessionId === (await currentSessionId());
  if (!(await endSession(ctx, { sessionId: input.sessionId, current }))) throw authError("SESSION_NOT_FOUND");
  if (current) await signOut({ redirectTo: "/giris" });
  revalidatePath(accountPath(ctx.actor.role));
  return ok(undefined, "Oturum kapatıldı.");
});

export const signOutEverywhereAction = userAction("signOutEverywhere", z.object({}), async (_input, ctx) => {
  await signOutEverywhere(ctx);
  await signOut({ redirectTo: "/giris?oturum=kapatildi" });
  return ok(undefined);
});

/**
 * The new password ends every session of the user (other devices included); this browser is signed
 * in again with the new password so the user stays where they are.
 */
export const changePasswordAction = userAction(
  "changePassword",
  refuseCommonPassword(changePasswordSchema),
  async (input, ctx) => {
    await changePassword(ctx, { currentPassword: input.currentPassword, newPassword: input.password });
    try {
      await signIn("credentials", { email: ctx.actor.email, password: input.password, redirect: false });
    } catch (error) {
      ctx.log.warn({ err: error }, "sign-in after password change failed");
      redirect("/giris?sifre=yenilendi");
    }
    // A new session cookie makes Next.js re-render the page from scratch, so the form's own state
    // would be lost: the confirmation travels in the address instead.
    redirect(`${accountPath(ctx.actor.role)}?sifre=degisti#sifre`);
  },
);
