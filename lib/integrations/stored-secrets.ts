import { connectors, parseCredentials, platformFields, type ParsedCredentials } from "./index";
import type { Platform } from "./types";

/** The credentials already saved for this form: decrypted, and as the browser was shown them. */
export type StoredCredentials = { platform: Platform; values: Record<string, string>; masked: Record<string, string> };

export const RETYPE_SECRET_MESSAGE =
  "Mağaza adresi değiştiği için bu alanı yeniden girin; kayıtlı değer yeni adrese gönderilmez.";

/**
 * The credentials a form sent, checked by the platform's schema. A secret never goes back to the
 * browser, so a secret field arrives as the form showed it: empty, or the stored value's mask. With
 * `keepStored` such a field stands for the stored secret, but only while the credentials still go
 * where the stored ones went: once the shop's address changes, every stored secret must be typed
 * again, or changing the address and pressing "test" would hand the saved secret to any host.
 */
export function credentialsFromForm<P extends Platform>(
  platform: P,
  typed: Record<string, unknown>,
  stored: StoredCredentials | null,
  { keepStored }: { keepStored: boolean },
): ParsedCredentials<P> {
  const connector = connectors[platform];
  const previous = stored?.platform === platform ? stored : null;
  const destination = connector.destination(typed);
  // An address that is not valid gets its own message and stops everything anyway.
  const moved = previous !== null && destination !== null && destination !== connector.destination(previous.values);
  const values: Record<string, string> = {};
  const retype: string[] = [];
  for (const field of platformFields[platform]) {
    const value = typeof typed[field.name] === "string" ? (typed[field.name] as string) : "";
    const untouched =
      field.secret && previous !== null && (value.trim() === "" || value === previous.masked[field.name]);
    if (untouched && moved) retype.push(field.name);
    values[field.name] = untouched && keepStored && !moved ? (previous.values[field.name] ?? "") : value;
  }
  const parsed = parseCredentials(platform, values);
  if (retype.length === 0) return parsed;
  const fieldErrors: Record<string, string[] | undefined> = parsed.ok ? {} : { ...parsed.fieldErrors };
  for (const name of retype) fieldErrors[name] = [RETYPE_SECRET_MESSAGE];
  return { ok: false, fieldErrors } as ParsedCredentials<P>;
}
