"use server";

import { redirect } from "next/navigation";
import { isCustomerProfileIncomplete } from "@/db/queries/onboarding";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/password-policy";
import { clearOnboardingToken, readOnboardingToken } from "@/lib/onboarding/cookie";
import { completeOnboarding, type CompleteFailure } from "@/lib/onboarding/complete";
import {
  consentSchema,
  CUSTOM_NEEDS_QUOTE_MESSAGE,
  EMAIL_TAKEN_MESSAGE,
  step4Schema,
  TAX_ID_TAKEN_MESSAGE,
} from "@/lib/onboarding/schemas";
import { action, authAction, fail } from "@/lib/safe-action";

const FAILURES: Record<CompleteFailure, string> = {
  not_found: "Başvurunuz bulunamadı. Lütfen 1. adımdan yeniden başlayın.",
  incomplete: "Önceki adımlarda eksik bilgi var. Lütfen Geri ile adımları tamamlayın.",
  already_completed: "Bu başvuru zaten tamamlandı; hesabınıza giriş yapabilirsiniz.",
  email_taken: EMAIL_TAKEN_MESSAGE,
  tax_id_taken: TAX_ID_TAKEN_MESSAGE,
  custom_needs_quote: CUSTOM_NEEDS_QUOTE_MESSAGE,
};

/** "Hesabı etkinleştir": a new customer and user, then signed in and sent to the portal. */
export const activateAccountAction = action(refuseCommonPassword(step4Schema), async (input, ctx) => {
  const token = await readOnboardingToken();
  if (!token) return fail(FAILURES.not_found);
  const outcome = await completeOnboarding({
    token,
    for: { kind: "new", password: input.password },
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
  if (!outcome.ok) return fail(FAILURES[outcome.reason]);
  await clearOnboardingToken();
  try {
    await signIn("credentials", { email: outcome.email, password: input.password, redirect: false });
  } catch (error) {
    // The account exists either way; without a session the visitor signs in by hand.
    ctx.log.error({ err: error, userId: outcome.userId }, "sign-in after activation failed");
    redirect("/giris");
  }
  redirect("/panel");
});

/** The same last step for a signed-in customer whose account lacked its company data. */
export const completeProfileAction = authAction(
  consentSchema,
  async (_input, ctx) => {
    const customerId = ctx.user.customerId!;
    if (!(await isCustomerProfileIncomplete({ customerId })))
      return fail("Hesabınızın firma bilgileri zaten tamamlanmış.");
    const token = await readOnboardingToken();
    if (!token) return fail(FAILURES.not_found);
    const outcome = await completeOnboarding({
      token,
      for: { kind: "existing", customerId, user: { id: ctx.user.id, email: ctx.user.email } },
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (!outcome.ok) return fail(FAILURES[outcome.reason]);
    await clearOnboardingToken();
    redirect("/panel");
  },
  { role: "customer" },
);
