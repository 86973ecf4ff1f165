import pino from "pino";
import { env } from "./env";

function level(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}

/** JSON lines (pipe through `npx pino-pretty` to read them locally). */
export const logger = pino({
  level: level(),
  base: { app: "cardak" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "credentials"],
    censor: "[gizli]",
  },
});

export type Logger = pino.Logger;

/** A logger whose every line carries the request id. */
export function withRequestId(requestId: string): Logger {
  return logger.child({ requestId });
}
