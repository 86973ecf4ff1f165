import { z } from "zod";
import { deliverEmail, EMAIL_RETRIES, markEmailFailed } from "@/lib/email";
import { EMAIL_QUEUED, inngest } from "../client";

const eventData = z.object({ emailId: z.uuid() });

/** After the last retry Inngest reports the failure: the row shows `failed` with the error. */
export async function onSendEmailFailure({
  event,
  error,
}: {
  event: { data: { event: { data: unknown } } };
  error: Error;
}) {
  const { emailId } = eventData.parse(event.data.event.data);
  await markEmailFailed(emailId, error.message);
}

/** Renders and sends one queued e-mail; Inngest retries a failed attempt with backoff. */
export const sendEmail = inngest().createFunction(
  {
    id: "send-email",
    retries: EMAIL_RETRIES,
    triggers: [{ event: EMAIL_QUEUED }],
    onFailure: onSendEmailFailure,
  },
  async ({ event, step }) => {
    const { emailId } = eventData.parse(event.data);
    return step.run("deliver", () => deliverEmail(emailId));
  },
);
