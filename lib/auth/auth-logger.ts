import "server-only";
import { CredentialsSignin } from "next-auth";
import { logger } from "@/lib/logger";
import { requestContext } from "@/lib/request";

/** The request id when there is a request (Auth.js also logs outside one, e.g. at configuration). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await requestContext()).requestId;
  } catch {
    return undefined;
  }
}

/**
 * Auth.js's errors and warnings in the app's log. A wrong password (CredentialsSignin, also the
 * disabled-account answer) is not a fault: the sign-in audit records it.
 */
export const authJsLogger = {
  error(error: Error) {
    if (error instanceof CredentialsSignin) return;
    void currentRequestId().then((id) => logger.error({ err: error, requestId: id }, "Auth.js error"));
  },
  warn(code: string) {
    void currentRequestId().then((id) => logger.warn({ code, requestId: id }, "Auth.js warning"));
  },
  debug() {},
};
