import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentUser, type SessionUser } from "./auth/session";
import type {
  AdminActor,
  AdminContext,
  AnonymousActor,
  Context,
  CustomerActor,
  CustomerContext,
  UserActor,
  UserContext,
} from "./context";
import { AppError } from "./errors";
import type { Logger } from "./logger";
import { SERVICE_UNAVAILABLE_MESSAGE, ServiceUnavailableError } from "./service-unavailable";
import { requestContext, requestLogger } from "./request";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };

export const GENERIC_ERROR = "Beklenmeyen bir hata oluştu. Lütfen biraz sonra tekrar deneyin.";
const SIGN_IN_AGAIN = "Oturumunuz sona erdi. Lütfen yeniden giriş yapın.";
const FORBIDDEN = "Bu işlem için yetkiniz yok.";
export const FIX_FIELDS = "Lütfen işaretli alanları düzeltin.";

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

export type ActionOptions<S extends z.ZodType> = {
  /** Fields a refused form may show again without JavaScript (see Echo). */
  echo?: Echo<S>;
  /**
   * This audience's words for some error codes, when they differ from the domain's (an operator is
   * told "the customer is suspended", the customer "your account is suspended").
   */
  messages?: Partial<Record<string, string>>;
};

type Base = { action: string; ip: string; requestId: string; log: Logger };

/**
 * Fields to fix, refused by the schema or by the rules: with the declared fields sent back, so the
 * form (a dialog kept open on the field, or the page without JavaScript) shows what was sent.
 */
function fixFields(
  fieldErrors: FieldErrors,
  input: Record<string, unknown>,
  options: ActionOptions<z.ZodType>,
): ActionResult<never> {
  const values = echoValues(input, options.echo ?? []);
  return { ...fail(FIX_FIELDS, fieldErrors), ...(values && { values }) };
}

/** The answer to an expected failure (AppError): the domain's text, or this action's for the code. */
function refusal(
  error: AppError,
  options: ActionOptions<z.ZodType>,
  input: Record<string, unknown>,
): ActionResult<never> {
  const message = options.messages?.[error.code] ?? error.userMessage;
  const fieldErrors = error.fieldErrors ?? (error.field ? { [error.field]: [message] } : undefined);
  return fieldErrors ? fixFields(fieldErrors, input, options) : fail(message);
}

/**
 * Every action runs here, in this order: the request's id, address and logger; who calls (the
 * wrapper's `resolve`: a refusal ends it); the input through the schema; the handler. An AppError is
 * an expected refusal, answered with its Turkish text; anything else is logged with the request id
 * and answered with a generic message.
 */
async function run<S extends z.ZodType, T, C>(
  name: string,
  schema: S,
  raw: unknown,
  resolve: (base: Base) => Promise<C | ActionResult<T>>,
  handler: Handler<S, T, C>,
  options: ActionOptions<S>,
): Promise<ActionResult<T>> {
  const { requestId, ip } = await requestContext();
  const log = (await requestLogger()).child({ action: name });
  let input: Record<string, unknown> = {};
  try {
    const context = await resolve({ action: name, requestId, ip, log });
    if (context !== null && typeof context === "object" && "ok" in context) return context as ActionResult<T>;
    input = raw instanceof FormData ? formDataToObject(raw) : ((raw ?? {}) as Record<string, unknown>);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return fixFields(z.flattenError(parsed.error).fieldErrors as FieldErrors, input, options);
    }
    return await handler(parsed.data, context as C);
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (error instanceof AppError) {
      log.info({ code: error.code }, "action refused");
      return refusal(error, options, input);
    }
    if (error instanceof ServiceUnavailableError) return { ok: false, formError: SERVICE_UNAVAILABLE_MESSAGE };
    log.error({ err: error }, "server action failed");
    return { ok: false, formError: GENERIC_ERROR };
  }
}

/** The actor of a signed-in user, for a public action that learns who calls (`withActor`). */
export function userActor(user: SessionUser): UserActor {
  return { kind: "user", ...user };
}

/** The signed-in user, or the refusal to answer: signed out, or not of the role. */
async function signedIn(base: Base, role: "customer" | "admin" | "any"): Promise<UserActor | ActionResult<never>> {
  const user = await currentUser();
  if (!user) return fail(SIGN_IN_AGAIN);
  if (role !== "any" && user.role !== role) {
    base.log.warn({ userId: user.id, role: user.role, required: role }, "action refused: role");
    return fail(FORBIDDEN);
  }
  if (role === "customer" && !user.customerId) return fail(FORBIDDEN);
  return userActor(user);
}

const isRefusal = (value: unknown): value is ActionResult<never> =>
  typeof value === "object" && value !== null && "ok" in value;

/**
 * A public server action (anyone may call it: it is a POST endpoint). The actor is an anonymous
 * visitor; a handler that learns who they are (an e-mail) says so with `withActor`.
 * `export const submitQuoteAction = action("submitQuote", quoteSchema, async (input, ctx) => ...)`.
 * Use from a form as `useActionState(submitQuoteAction, null)`.
 */
export function action<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T, Context<AnonymousActor>>,
  options: ActionOptions<S> = {},
): ActionFn<S, T> {
  return async (_previous, raw) =>
    run(name, schema, raw, async (base) => ({ ...base, actor: { kind: "anonymous" as const } }), handler, options);
}

/** Any signed-in user (customer or admin): their own account, sessions, password. */
export function userAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T, UserContext>,
  options: ActionOptions<S> = {},
): ActionFn<S, T> {
  return async (_previous, raw) =>
    run(
      name,
      schema,
      raw,
      async (base) => {
        const actor = await signedIn(base, "any");
        return isRefusal(actor) ? actor : { ...base, actor };
      },
      handler,
      options,
    );
}

/**
 * A signed-in customer's user. `ctx.customerId` is the session's customer: every query the handler
 * makes filters by it, so another customer's rows are "not found".
 */
export function customerAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T, CustomerContext>,
  options: ActionOptions<S> = {},
): ActionFn<S, T> {
  return async (_previous, raw) =>
    run(
      name,
      schema,
      raw,
      async (base) => {
        const actor = await signedIn(base, "customer");
        if (isRefusal(actor)) return actor;
        const customer = actor as CustomerActor;
        return { ...base, actor: customer, customerId: customer.customerId };
      },
      handler,
      options,
    );
}

/** Operations staff only; anyone else is refused before the input is read. */
export function adminAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T, AdminContext>,
  options: ActionOptions<S> = {},
): ActionFn<S, T> {
  return async (_previous, raw) =>
    run(
      name,
      schema,
      raw,
      async (base) => {
        const actor = await signedIn(base, "admin");
        return isRefusal(actor) ? actor : { ...base, actor: actor as AdminActor };
      },
      handler,
      options,
    );
}
