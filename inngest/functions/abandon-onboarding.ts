import { getDb } from "@/db";
import { abandonStaleSessions } from "@/lib/onboarding/abandon";
import { inngest } from "../client";

/** Daily: onboarding sessions untouched for 30 days become `abandoned` (rule in lib/onboarding). */
export const abandonOnboarding = inngest().createFunction(
  { id: "abandon-onboarding", triggers: [{ cron: "TZ=Europe/Istanbul 0 4 * * *" }] },
  async ({ step }) => {
    const abandoned = await step.run("abandon-stale-sessions", async () => abandonStaleSessions(await getDb()));
    return { abandoned };
  },
);
