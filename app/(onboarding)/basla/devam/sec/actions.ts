"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { writeOnboardingToken } from "@/lib/onboarding/cookie";
import { isResumableToken } from "@/lib/onboarding/resume";
import { action, fail } from "@/lib/safe-action";

const switchSchema = z.object({ token: z.string().min(1).max(200) });

/** The visitor chose the resume link's application over the one open in this browser. */
export const switchApplicationAction = action(switchSchema, async ({ token }) => {
  if (!(await isResumableToken(token))) return fail("Bu devam bağlantısı geçersiz ya da süresi dolmuş.");
  await writeOnboardingToken(token);
  redirect("/basla");
});
