/**
 * Building blocks of the forms' browser-side checks, in `zod/mini` (a few KB instead of the full zod
 * the server validates with): the public forms must stay light (issue 11: at most 170 KB of
 * JavaScript). They mirror lib/text.ts, lib/phone.ts and lib/tax-id.ts with the same Turkish
 * messages; the server still checks everything again with its own schemas, and the unit tests hold
 * the two to the same answers.
 */
import * as z from "zod/mini";
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
  return z.string(error === undefined ? undefined : { error }).check(
    ...(trim ? [z.trim()] : []),
    z.refine((value: string) => !hasForbiddenCharacters(value, { multiline }), CONTROL_CHARACTERS_MESSAGE),
    ...(min ? [z.minLength(min[0], min[1])] : []),
    ...(max ? [z.maxLength(max[0], max[1])] : []),
  );
}

/** A field whose own rule gives the message (a phone, a tax number): `check` returns it, or null. */
function ruled(error: string, check: (value: string) => string | null) {
  return browserText({ error }).check(
    z.superRefine((value: string, ctx) => {
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
  return z.pipe(
    browserText({
      error: messages.empty,
      min: [1, messages.empty],
      max: [max, messages.tooLong ?? messages.invalid],
    }),
    z.email(messages.invalid),
  );
}

/** A checkbox: "on" from a posted form, true from react-hook-form, absent when unticked. */
export const browserCheckbox = z.pipe(
  z.transform((value: unknown) => value === true || value === "on" || value === "true"),
  z.boolean(),
);

/** A group of checkboxes: none, one string or several; at least one of `choices`. */
export function browserChoices<const T extends readonly [string, ...string[]]>(
  choices: T,
  messages: { invalid: string; empty: string },
) {
  return z.pipe(
    z.transform((value: unknown) =>
      value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value],
    ),
    z.array(z.enum(choices, { error: messages.invalid })).check(z.minLength(1, messages.empty)),
  );
}

/** An optional text: an empty field is no value. */
export function browserOptionalText(options: TextOptions) {
  return z.pipe(
    z.transform((value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)),
    z.optional(browserText(options)),
  );
}

export { z };
