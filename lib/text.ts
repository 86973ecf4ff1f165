import { z } from "zod";

/**
 * The one base of every text field a form sends. Nobody types a control character: one arriving is a
 * paste gone wrong or a probe, and PostgreSQL refuses a NUL outright (a failed query, not a field
 * message). Bidi controls reorder what admins and e-mails show (`‮gpj.exe`), so they go too. Only a
 * multi-line field (a <textarea>) keeps newlines and tabs.
 */

export const CONTROL_CHARACTERS_MESSAGE =
  "Bu alan görünmez karakterler (kontrol ya da yazı yönü karakteri) içeremez; metni yeniden yazın.";

// C0 and C1 controls with DEL; the bidi embeddings, overrides, isolates and marks.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const MULTI_LINE_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function hasForbiddenCharacters(value: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

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
