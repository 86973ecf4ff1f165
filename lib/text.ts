import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "./text-characters";

/** The one base of every text field a form sends (the refused characters: lib/text-characters.ts). */
export { CONTROL_CHARACTERS_MESSAGE, hasForbiddenCharacters } from "./text-characters";

export type TextOptions = {
  /** A <textarea>: newlines and tabs are kept. */
  multiline?: boolean;
  /** Passwords keep their spaces; everything else is trimmed first. */
  trim?: boolean;
  /** The Turkish message when the value is missing or not text. */
  error?: string;
};

/** A string field: trimmed (unless told otherwise), refused on control and bidi characters. */
export function text({ multiline = false, trim = true, error }: TextOptions = {}) {
  const base = z.string(error === undefined ? undefined : { error });
  return (trim ? base.trim() : base).refine(
    (value) => !hasForbiddenCharacters(value, { multiline }),
    CONTROL_CHARACTERS_MESSAGE,
  );
}
