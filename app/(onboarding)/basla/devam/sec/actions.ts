"use server";

import { redirect } from "next/navigation";
import { writeOnboardingToken } from "@/app/(onboarding)/basla/cookie";
import { onboardingError } from "@/lib/onboarding/messages";
import { isResumableToken } from "@/lib/onboarding/resume";
import { switchApplicationSchema } from "@/lib/onboarding/schemas";
import { action } from "@/lib/safe-action";

/** The visitor chose the resume link's application over the one open in this browser. */
export const switchApplicationAction = action("switchApplication", switchApplicationSchema, async ({ token }) => {
  if (!(await isResumableToken(token))) throw onboardingError("RESUME_LINK_INVALID");
  await writeOnboardingToken(token);
  redirect("/basla");
});
