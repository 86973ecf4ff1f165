/**
 * Building blocks of the forms' browser-side checks, in `zod/mini` (a few KB instead of the full zod
 * the server validates with): the public forms must stay light (issue 11: at most 170 KB of
 * JavaScript). They mirror lib/text.ts, lib/phone.ts and lib/tax-id.ts with the same Turkish
 * messages; the server still checks everything again with its own schemas, and the unit tests hold
 * the two to the same answers. Named imports only: a namespace import (`* as z`) keeps all of zod in
 * the bundle.
 */
import {
  array,
  boolean,
  email,
  enum as zodEnum,
  maxLength,
  minLength,
  optional,
  pipe,
  refine,
  string,
  superRefine,
  transform,
  trim as trimmed,
} from "zod/mini";
import { checkTurkishPhoneInBrowser, PHONE_MESSAGES } from "./phone-browser";
import { validateTaxId, TAX_ID_MESSAGES } from "./tax-id-rules";
import { CONTROL_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "./text-characters";

type TextOptions = {
  multiline?: boolean;
  trim?: boolean;
  error?: string;
  min?: [number, string];
  max?: [number, string];
};

/** A string field: trimmed (unless told otherwise), refused on control and bidi characters, then its length. */
export function browserText({ multiline = false, trim = true, error, min, max }: TextOptions = {}) {
  return string(error === undefined ? undefined : { error }).check(
    ...(trim ? [trimmed()] : []),
    refine((value: string) => !hasForbiddenCharacters(value, { multiline }), CONTROL_CHARACTERS_MESSAGE),
    ...(min ? [minLength(min[0], min[1])] : []),
    ...(max ? [maxLength(max[0], max[1])] : []),
  );
}

/** A field whose own rule gives the message (a phone, a tax number): `check` returns it, or null. */
function ruled(error: string, check: (value: string) => string | null) {
  return browserText({ error }).check(
    superRefine((value: string, ctx) => {
      const message = check(value);
      if (message) ctx.issues.push({ code: "custom", message, input: value });
    }),
  );
}

export const browserPhone = ruled(PHONE_MESSAGES.empty, (value) => {
  const result = checkTurkishPhoneInBrowser(value);
  return result.ok ? null : result.message;
});

export const browserTaxId = ruled(TAX_ID_MESSAGES.required, (value) => {
  const result = validateTaxId(value);
  return result.ok ? null : result.message;
});

/** An e-mail address: required, at most `max` characters, a valid address. */
export function browserEmail(messages: { empty: string; invalid: string; tooLong?: string }, max: number) {
  return pipe(
    browserText({
      error: messages.empty,
      min: [1, messages.empty],
      max: [max, messages.tooLong ?? messages.invalid],
    }),
    email(messages.invalid),
  );
}

/** A checkbox: "on" from a posted form, true from react-hook-form, absent when unticked. */
export const browserCheckbox = pipe(
  transform((value: unknown) => value === true || value === "on" || value === "true"),
  boolean(),
);

/** A group of checkboxes: none, one string or several; at least one of `choices`. */
export function browserChoices<const T extends readonly [string, ...string[]]>(
  choices: T,
  messages: { invalid: string; empty: string },
) {
  return pipe(
    transform((value: unknown) =>
      value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value],
    ),
    array(zodEnum(choices, { error: messages.invalid })).check(minLength(1, messages.empty)),
  );
}

/** An optional text: an empty field is no value. */
export function browserOptionalText(options: TextOptions) {
  return pipe(
    transform((value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)),
    optional(browserText(options)),
  );
}
