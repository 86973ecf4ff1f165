/**
 * Numbers as people in Turkey type them into forms, one parser for each kind: a count (`1.200`, the
 * dot groups thousands) and an amount of money (`1.234,56`, and `32.50` typed on an English
 * keyboard). Both answer null for text that is not such a number; nothing goes through a float.
 */

/**
 * A whole count: "1200", "1.200", "1 200", "12.345.678". A dot or space must group exactly three
 * digits ("1.20" and "1,5" are not counts); no sign, no fraction.
 */
export function parseTurkishCount(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0\u202f]/g, " ");
  if (!/^(?:\d{1,3}(?:[. ]\d{3})+|\d+)$/.test(text)) return null;
  // One grouping character throughout: "1.200 300" is a typo, not a number.
  if (text.includes(".") && text.includes(" ")) return null;
  const value = Number(text.replace(/[. ]/g, ""));
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Reads an amount the way Turkish users write it: "1.234,56", "1234,5", "1234", "₺1.234,56 TL"; and
 * "32.50", typed on an English keyboard: a single dot followed by one or two digits can only be a
 * decimal point (a thousands dot is followed by three). Returns kuruş, or null when the text is not
 * an amount.
 */
export function parseTurkishAmount(input: string): number | null {
  let text = input.replace(/\s/g, "");
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  text = text.replace(/^₺/, "").replace(/(TL|₺)$/i, "");
  if (/^\d+\.\d{1,2}$/.test(text)) text = text.replace(".", ",");
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const lira = (match[1] ?? "").replaceAll(".", "");
  const kurusPart = (match[2] ?? "").padEnd(2, "0");
  const value = Number(`${lira}${kurusPart}`);
  if (!Number.isSafeInteger(value)) return null;
  return negative ? -value : value;
}
