/**
 * Expected failures. A use case throws an AppError carrying a code and the Turkish text a user reads;
 * the texts of a domain live together in its `messages.ts` (`lib/orders/messages.ts`...), and
 * lib/safe-action.ts answers an AppError as the form's error, on its field when it names one. Anything
 * else thrown is unexpected: logged with the request id and answered with a generic message.
 */
export class AppError extends Error {
  readonly code: string;
  /** The form field the error belongs to, when there is one. */
  readonly field?: string;
  /** Several fields refused at once (two existing accounts, a platform's credentials): their texts. */
  readonly fieldErrors?: Record<string, string[] | undefined>;
  /** What the user reads, in Turkish. */
  readonly userMessage: string;

  constructor(
    code: string,
    userMessage: string,
    options: { field?: string; fieldErrors?: Record<string, string[] | undefined>; cause?: unknown } = {},
  ) {
    super(`${code}: ${userMessage}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.fieldErrors = options.fieldErrors;
    this.userMessage = userMessage;
  }
}

export type ErrorOptions = {
  field?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** A text computed for this case (a wait time, a status name), instead of the table's. */
  message?: string;
  cause?: unknown;
};

/**
 * A domain's error factory, typed by its message table:
 * `export const orderError = errorFactory(ORDER_MESSAGES)` then `throw orderError("ORDER_NOT_FOUND")`.
 */
export function errorFactory<const M extends Record<string, string>>(messages: M) {
  return (code: keyof M & string, options: ErrorOptions = {}): AppError =>
    new AppError(code, options.message ?? messages[code]!, options);
}

export function isAppError(error: unknown, code?: string): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
