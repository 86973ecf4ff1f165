import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentUser, type SessionUser } from "./auth/session";
import type { Logger } from "./logger";
import { SERVICE_UNAVAILABLE_MESSAGE, ServiceUnavailableError } from "./service-unavailable";
import { requestContext, requestLogger } from "./request";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };

export type ActionContext = { requestId: string; ip: string; log: Logger };
export type AuthActionContext = ActionContext & { user: SessionUser };

export const GENERIC_ERROR = "Beklenmeyen bir hata oluştu. Lütfen biraz sonra tekrar deneyin.";
const SIGN_IN_AGAIN = "Oturumunuz sona erdi. Lütfen yeniden giriş yapın.";
const FORBIDDEN = "Bu işlem için yetkiniz yok.";

export const ok = <T>(data: T, message?: string): ActionResult<T> => ({ ok: true, data, message });
export const fail = (formError: string, fieldErrors?: FieldErrors): ActionResult<never> => ({
  ok: false,
  formError,
  fieldErrors,
});

/** FormData → plain object: repeated keys become arrays; Next's internal `$ACTION` keys are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((value): value is string => typeof value === "string");
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/**
 * The fields a refused form may show again without JavaScript: the action names them, so a field it
 * does not name (a key, a code, a password, anything added later) never travels back to the browser.
 */
export type Echo<S extends z.ZodType> = readonly Extract<keyof z.input<S>, string>[];

function echoValues(input: Record<string, unknown>, echo: readonly string[]): Record<string, unknown> | undefined {
  const values = Object.fromEntries(echo.filter((key) => key in input).map((key) => [key, input[key]]));
  return Object.keys(values).length > 0 ? values : undefined;
}

type Handler<S extends z.ZodType, T, C> = (input: z.output<S>, ctx: C) => Promise<ActionResult<T>>;
type ActionFn<S extends z.ZodType, T> = (
  previous: ActionResult<T> | null,
  raw: FormData | z.input<S>,
) => Promise<ActionResult<T>>;

async function run<S extends z.ZodType, T, C extends ActionContext>(
  schema: S,
  raw: unknown,
  makeContext: (base: ActionContext) => Promise<C | ActionResult<T>>,
  handler: Handler<S, T, C>,
  echo: readonly string[] = [],
): Promise<ActionResult<T>> {
  const { requestId, ip } = await requestContext();
  const log = await requestLogger();
  try {
    const context = await makeContext({ requestId, ip, log });
    if ("ok" in context) return context;
    const input = raw instanceof FormData ? formDataToObject(raw) : ((raw ?? {}) as Record<string, unknown>);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
      return {
        ok: false,
        formError: "Lütfen işaretli alanları düzeltin.",
        fieldErrors,
        values: echoValues(input, echo),
      };
    }
    return await handler(parsed.data, context);
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (error instanceof ServiceUnavailableError) return { ok: false, formError: SERVICE_UNAVAILABLE_MESSAGE };
    log.error({ err: error }, "server action failed");
    return { ok: false, formError: GENERIC_ERROR };
  }
}

/**
 * A public server action: validated input, request id and IP in the context, unexpected errors
 * logged and answered with a generic message. Use as `useActionState(action, null)`.
 */
export function action<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, ActionContext>): ActionFn<S, T>;
export function action<S extends z.ZodType, T>(
  schema: S,
  options: { echo?: Echo<S> },
  handler: Handler<S, T, ActionContext>,
): ActionFn<S, T>;
export function action<S extends z.ZodType, T>(
  schema: S,
  second: Handler<S, T, ActionContext> | { echo?: Echo<S> },
  third?: Handler<S, T, ActionContext>,
): ActionFn<S, T> {
  const [options, handler] = typeof second === "function" ? [{}, second] : [second, third!];
  return async (_previous, raw) => run(schema, raw, async (base) => base, handler, options.echo);
}

/** A server action for signed-in users of a role; the role is checked here, ownership in the handler. */
export function authAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, T, AuthActionContext>,
  options: { role: "admin" | "customer" | "any"; echo?: Echo<S> },
) {
  return async (_previous: ActionResult<T> | null, raw: FormData | z.input<S>): Promise<ActionResult<T>> =>
    run(
      schema,
      raw,
      async (base): Promise<AuthActionContext | ActionResult<T>> => {
        const user = await currentUser();
        if (!user) return { ok: false, formError: SIGN_IN_AGAIN };
        if (options.role !== "any" && user.role !== options.role) {
          base.log.warn({ userId: user.id, role: user.role, required: options.role }, "action refused: role");
          return { ok: false, formError: FORBIDDEN };
        }
        if (options.role === "customer" && !user.customerId) return { ok: false, formError: FORBIDDEN };
        return { ...base, user };
      },
      handler,
      options.echo,
    );
}
