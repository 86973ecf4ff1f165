import pino from "pino";
import { env } from "./env";

function level(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}

/**
 * A failed query carries its parameters: Drizzle writes them into the message (`params: ...`) and an
 * enumerable `params`, PGlite adds `params` and `queryOptions`, postgres.js `parameters`, `args` and
 * `types`, and PostgreSQL's `detail` repeats a failing row and `where` a bound value. A password hash
 * or a token is a parameter like any other, so none of it reaches a log line. The SQL text stays
 * (it has only `$1` placeholders), as do the code, the constraint and the message.
 */
const QUERY_DATA = new Set(["params", "parameters", "args", "types", "queryOptions", "detail", "where"]);

function scrubMessage(message: string): string {
  const at = message.indexOf("\nparams: ");
  return at === -1 ? message : `${message.slice(0, at)}\nparams: [gizli]`;
}

/** A copy of the error (and of its causes) without query data: same type, message without params. */
export function withoutQueryData(error: Error, seen = new Set<Error>()): Error {
  if (seen.has(error)) return error;
  seen.add(error);
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  const message = typeof error.message === "string" ? error.message : "";
  for (const key of Reflect.ownKeys(error)) {
    if (typeof key === "string" && QUERY_DATA.has(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, key)!;
    if ("value" in descriptor) {
      const value: unknown = descriptor.value;
      if (key === "message" && typeof value === "string") descriptor.value = scrubMessage(value);
      // The stack starts with the message: the same cut, made on the exact text.
      if (key === "stack" && typeof value === "string")
        descriptor.value = value.replace(message, scrubMessage(message));
      if (key === "cause" && value instanceof Error) descriptor.value = withoutQueryData(value, seen);
      if (key === "errors" && Array.isArray(value)) {
        descriptor.value = value.map((item: unknown) => (item instanceof Error ? withoutQueryData(item, seen) : item));
      }
    }
    Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}

/** pino's own error serializer (type, message and stack with causes), on the copy without query data. */
function serializeError(value: unknown): unknown {
  return value instanceof Error ? pino.stdSerializers.err(withoutQueryData(value)) : value;
}

/** Errors under any key, a few levels down (`{ error }`, `{ cause }`, `{ result: { err } }`), are serialized the same way. */
function serializeErrorsIn(value: unknown, depth: number): unknown {
  if (value instanceof Error) return serializeError(value);
  if (depth === 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => serializeErrorsIn(item, depth - 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const serialized = serializeErrorsIn(item, depth - 1);
    if (serialized !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = serialized;
  }
  return copy ?? value;
}

/** JSON lines (pipe through `npx pino-pretty` to read them locally); tests pass their own stream. */
export function createLogger(destination?: pino.DestinationStream, options: { level?: string } = {}): pino.Logger {
  return pino(
    {
      level: options.level ?? level(),
      base: { app: "cardak" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "credentials"],
        censor: "[gizli]",
      },
      serializers: { err: serializeError, error: serializeError },
      formatters: { log: (object) => serializeErrorsIn(object, 4) as Record<string, unknown> },
      hooks: {
        // `log.error(err)` without a message takes the error's message as the line's: the cut one.
        logMethod(args, method) {
          const [first, second] = args as unknown[];
          const error =
            first instanceof Error
              ? first
              : typeof first === "object" && first !== null && (first as { err?: unknown }).err instanceof Error
                ? (first as { err: Error }).err
                : undefined;
          if (error && typeof second !== "string") {
            return method.apply(this, [first, withoutQueryData(error).message, ...args.slice(1)] as never);
          }
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
}

export const logger = createLogger();

export type Logger = pino.Logger;

/** A logger whose every line carries the request id. */
export function withRequestId(requestId: string): Logger {
  return logger.child({ requestId });
}
