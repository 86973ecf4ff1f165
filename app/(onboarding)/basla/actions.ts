"use server";

import { redirect } from "next/navigation";
import { readOnboardingToken, writeOnboardingToken } from "@/app/(onboarding)/basla/cookie";
import { currentUser } from "@/lib/auth/session";
import { saveIntegrationStep } from "@/lib/onboarding/integration-step";
import { step1Schema, step2Schema, step3Schema } from "@/lib/onboarding/schemas";
import { saveCompanyStep, saveServiceStep } from "@/lib/onboarding/steps";
import { action, ok } from "@/lib/safe-action";

const STEP1_ECHO = ["companyName", "taxId", "contactName", "email", "phone", "address", "city"] as const;

export const saveCompanyStepAction = action(
  "saveCompanyStep",
  step1Schema,
  async (input, ctx) => {
    const { quoteToken, ...data } = input;
    const user = await currentUser();
    const token = await saveCompanyStep(ctx, {
      token: await readOnboardingToken(),
      data,
      quoteToken: quoteToken || undefined,
      ownEmail: user?.role === "customer" ? user.email : undefined,
    });
    await writeOnboardingToken(token);
    redirect("/basla?adim=2");
  },
  { echo: STEP1_ECHO },
);

export const saveServiceStepAction = action("saveServiceStep", step2Schema, async (input, ctx) => {
  await saveServiceStep(ctx, { token: await readOnboardingToken(), data: input });
  redirect("/basla?adim=3");
});

export const saveIntegrationStepAction = action("saveIntegrationStep", step3Schema, async (input, ctx) => {
  const { platform, intent, ...fields } = input;
  const integration = await saveIntegrationStep(ctx, { token: await readOnboardingToken(), platform, intent, fields });
  if (intent === "next") redirect("/basla?adim=4");
  return ok(
    { integration },
    integration?.status === "connected"
      ? `Bağlandı: ${integration.shopName ?? ""}`
      : (integration?.lastError ?? undefined),
  );
});
