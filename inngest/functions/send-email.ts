import { RetryAfterError } from "inngest";
import { systemContext } from "@/lib/context";
import {
  deliverEmail,
  EMAIL_RETRIES,
  EmailRateLimitedError,
  markEmailFailed,
  EMAIL_SENDS_PER_SECOND,
} from "@/lib/email";
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

/** Resend's 429: Inngest tries again after the time it named (RetryAfterError takes milliseconds). */
export function retryAfterRateLimit(error: EmailRateLimitedError): RetryAfterError {
  return new RetryAfterError(
    `${error.message}; next try in ${error.retryAfterSeconds} s`,
    error.retryAfterSeconds * 1000,
    { cause: error },
  );
}

/**
 * Renders and sends one queued e-mail; Inngest retries a failed attempt with backoff. Runs start at
 * EMAIL_SENDS_PER_SECOND, under Resend's limit (Inngest queues the rest, it drops none), and a 429 all
 * the same is retried after the time Resend names.
 */
export const sendEmail = inngest().createFunction(
  {
    id: "send-email",
    retries: EMAIL_RETRIES,
    triggers: [emailQueued],
    throttle: { limit: EMAIL_SENDS_PER_SECOND, period: "1s" },
    onFailure: onSendEmailFailure,
  },
  async ({ event, runId, step }) => {
    return step.run("deliver", async () => {
      try {
        return await deliverEmail(systemContext("send-email", { requestId: runId }), event.data.emailId);
      } catch (error) {
        if (error instanceof EmailRateLimitedError) throw retryAfterRateLimit(error);
        throw error;
      }
    });
  },
);
