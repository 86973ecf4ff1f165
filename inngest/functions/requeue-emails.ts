import { findStaleQueuedEmails } from "@/lib/email";
import { EMAIL_QUEUED, inngest } from "../client";

/** Every 5 minutes: a row still `queued` lost its event; send the event again so no e-mail is lost. */
export const requeueEmails = inngest().createFunction(
  { id: "requeue-emails", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => {
    const ids = await step.run("find-stale", () => findStaleQueuedEmails());
    if (ids.length > 0) {
      await step.sendEvent(
        "requeue",
        ids.map((emailId) => ({ name: EMAIL_QUEUED, data: { emailId } })),
      );
    }
    return { requeued: ids.length };
  },
);
