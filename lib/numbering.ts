/**
 * Document numbers: order SP-2026-000123, invoice CRD2026000000001 (the 16-character e-Arşiv form),
 * quote TKF-2026-000123. The sequence restarts every Istanbul calendar year and comes from
 * db/queries/counters.ts; here only the text form, so a number is never cut or widened silently.
 */

export type NumberKind = "order" | "invoice" | "quote";

type Format = { prefix: string; separator: string; digits: number };

const FORMATS: Record<NumberKind, Format> = {
  order: { prefix: "SP", separator: "-", digits: 6 },
  invoice: { prefix: "CRD", separator: "", digits: 9 },
  quote: { prefix: "TKF", separator: "-", digits: 6 },
};

export const INVOICE_NUMBER_LENGTH = 16;

export class NumberingError extends Error {
  readonly code = "NUMBERING_OUT_OF_RANGE" as const;
}

export function maxSequence(kind: NumberKind): number {
  return 10 ** FORMATS[kind].digits - 1;
}

function assertYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) {
    throw new NumberingError(`Not a four-digit year: ${year}`);
  }
}

function assertSequence(kind: NumberKind, sequence: number): void {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > maxSequence(kind)) {
    // Past the last number the format has room for: widening it would break the e-Arşiv length.
    throw new NumberingError(`Sequence ${sequence} does not fit the ${kind} number format`);
  }
}

function format(kind: NumberKind, year: number, sequence: number): string {
  assertYear(year);
  assertSequence(kind, sequence);
  const { prefix, separator, digits } = FORMATS[kind];
  return `${prefix}${separator}${year}${separator}${String(sequence).padStart(digits, "0")}`;
}

export type ParsedNumber = { year: number; sequence: number };

function parse(kind: NumberKind, text: string): ParsedNumber | null {
  const { prefix, separator, digits } = FORMATS[kind];
  const pattern = new RegExp(`^${prefix}${separator}(\\d{4})${separator}(\\d{${digits}})$`);
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  const parsed = { year: Number(match[1]), sequence: Number(match[2]) };
  return parsed.year >= 1000 && parsed.sequence >= 1 ? parsed : null;
}

/** SP-2026-000123 */
export function formatOrderNumber(year: number, sequence: number): string {
  return format("order", year, sequence);
}

/** CRD2026000000001 */
export function formatInvoiceNumber(year: number, sequence: number): string {
  return format("invoice", year, sequence);
}

/** TKF-2026-000123 */
export function formatQuoteReference(year: number, sequence: number): string {
  return format("quote", year, sequence);
}

/** Reads a number typed by a user (any case, surrounding spaces); null when it is not one. */
export function parseOrderNumber(text: string): ParsedNumber | null {
  return parse("order", text);
}

export function parseInvoiceNumber(text: string): ParsedNumber | null {
  return parse("invoice", text);
}

export function parseQuoteReference(text: string): ParsedNumber | null {
  return parse("quote", text);
}

/** The number_counters key of a kind and year: one gapless sequence per key. */
export function counterKey(kind: NumberKind, year: number): string {
  assertYear(year);
  return `${kind}:${year}`;
}
