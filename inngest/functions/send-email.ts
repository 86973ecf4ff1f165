import { systemContext } from "@/lib/context";
import { deliverEmail, EMAIL_RETRIES, markEmailFailed } from "@/lib/email";
import { inngest } from "../client";
import { emailQueued, emailQueuedData } from "../events";

/** After the last retry Inngest reports the failure: the row shows `failed` with the error. */
export async function onSendEmailFailure({
  event,
  error,
}: {
  event: { data: { event: { data: unknown } } };
  error: Error;
}) {
  // The failure event wraps the original event, untyped: checked again here.
  const { emailId } = emailQueuedData.parse(event.data.event.data);
  await markEmailFailed(systemContext("send-email"), emailId, error.message);
}

/** Renders and sends one queued e-mail; Inngest retries a failed attempt with backoff. */
export const sendEmail = inngest().createFunction(
  {
    id: "send-email",
    retries: EMAIL_RETRIES,
    triggers: [emailQueued],
    onFailure: onSendEmailFailure,
  },
  async ({ event, runId, step }) => {
    return step.run("deliver", () =>
      deliverEmail(systemContext("send-email", { requestId: runId }), event.data.emailId),
    );
  },
);
