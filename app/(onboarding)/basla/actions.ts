"use server";

import { redirect } from "next/navigation";
import { OnboardingSessionNotFoundError } from "@/db/queries/onboarding";
import { currentUser } from "@/lib/auth/session";
import { readOnboardingToken, writeOnboardingToken } from "@/lib/onboarding/cookie";
import { saveIntegrationStep, SessionClosedError } from "@/lib/onboarding/integration-step";
import { CUSTOM_NEEDS_QUOTE_MESSAGE, step1Schema, step2Schema, step3Schema } from "@/lib/onboarding/schemas";
import { hasAcceptedQuotePrice, saveCompanyStep, saveSimpleStep } from "@/lib/onboarding/steps";
import { tooManyAttemptsMessage } from "@/lib/rate-limit";
import { action, fail, ok } from "@/lib/safe-action";

const SESSION_GONE = "Başvurunuz bulunamadı ya da tamamlanmış. Lütfen 1. adımdan yeniden başlayın.";
const FIX_FIELDS = "Lütfen işaretli alanları düzeltin.";

const STEP1_ECHO = ["companyName", "taxId", "contactName", "email", "phone"] as const;

export const saveCompanyStepAction = action(step1Schema, { echo: STEP1_ECHO }, async (input, ctx) => {
  const { quoteToken, ...data } = input;
  const token = await readOnboardingToken();
  const user = await currentUser();
  const ownEmail = user?.role === "customer" ? user.email : undefined;
  const outcome = await saveCompanyStep({ token, data, quoteToken: quoteToken || undefined, ip: ctx.ip, ownEmail });
  if (!outcome.ok)
    return fail(outcome.limited ? tooManyAttemptsMessage(outcome.limited) : FIX_FIELDS, outcome.fieldErrors);
  await writeOnboardingToken(outcome.token);
  redirect("/basla?adim=2");
});

export const saveServiceStepAction = action(step2Schema, async (input) => {
  const token = await readOnboardingToken();
  if (!token) return fail(SESSION_GONE);
  if (input.serviceType === "custom" && !(await hasAcceptedQuotePrice({ token }))) {
    return fail("Lütfen işaretli alanları düzeltin.", { serviceType: [CUSTOM_NEEDS_QUOTE_MESSAGE] });
  }
  try {
    await saveSimpleStep({ token, step: 2, data: input });
  } catch (error) {
    if (error instanceof OnboardingSessionNotFoundError) return fail(SESSION_GONE);
    throw error;
  }
  redirect("/basla?adim=3");
});

export const saveIntegrationStepAction = action(step3Schema, async (input, ctx) => {
  const token = await readOnboardingToken();
  if (!token) return fail(SESSION_GONE);
  const { platform, intent, ...fields } = input;
  let outcome;
  try {
    outcome = await saveIntegrationStep({ token, platform, intent, fields, ip: ctx.ip });
  } catch (error) {
    if (error instanceof SessionClosedError || error instanceof OnboardingSessionNotFoundError)
      return fail(SESSION_GONE);
    throw error;
  }
  if (!outcome.ok) return fail(outcome.formError ?? FIX_FIELDS, outcome.fieldErrors);
  if (intent === "next") redirect("/basla?adim=4");
  const integration = outcome.integration;
  return ok(
    { integration },
    integration?.status === "connected"
      ? `Bağlandı: ${integration.shopName ?? ""}`
      : (integration?.lastError ?? undefined),
  );
});
