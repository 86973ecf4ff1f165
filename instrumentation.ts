import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Stops the server at start with one line naming a missing or malformed variable.
  const { envOrExit } = await import("./lib/env");
  envOrExit();
  // Without Inngest keys no cron reaches us: the server runs the scheduled jobs itself.
  const { startLocalScheduler } = await import("./lib/scheduled-jobs");
  startLocalScheduler();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  const requestId = request.headers["x-request-id"];
  logger.error(
    {
      err: error,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      path: request.path,
      route: context.routePath,
    },
    "request failed",
  );
};
