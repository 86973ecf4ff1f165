"use server";

import { redirect } from "next/navigation";
import { clearOnboardingToken, readOnboardingToken } from "@/app/(onboarding)/basla/cookie";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { activateAccount, completeOwnProfile } from "@/lib/onboarding/complete";
import { consentSchema, step4Schema } from "@/lib/onboarding/schemas";
import { action, customerAction } from "@/lib/safe-action";

/** "Hesabı etkinleştir": a new customer and user, then signed in and sent to the portal. */
export const activateAccountAction = action(
  "activateAccount",
  refuseCommonPassword(step4Schema),
  async (input, ctx) => {
    const account = await activateAccount(ctx, { token: await readOnboardingToken(), password: input.password });
    await clearOnboardingToken();
    try {
      await signIn("credentials", { email: account.email, password: input.password, redirect: false });
    } catch (error) {
      // The account exists either way; without a session the visitor signs in by hand.
      ctx.log.error({ err: error, userId: account.userId }, "sign-in after activation failed");
      redirect("/giris");
    }
    redirect("/panel");
  },
);

/** The same last step for a signed-in customer whose account lacked its company data. */
export const completeProfileAction = customerAction("completeProfile", consentSchema, async (_input, ctx) => {
  await completeOwnProfile(ctx, { token: await readOnboardingToken() });
  await clearOnboardingToken();
  redirect("/panel");
});
