/**
 * Money is an integer number of kuruş everywhere. Nothing here divides or multiplies by a float:
 * formatting splits the integer, parsing reads the digits.
 */

export class InvalidAmountError extends Error {
  readonly code = "INVALID_AMOUNT" as const;
}

function assertKurus(value: number): number {
  if (!Number.isSafeInteger(value)) throw new InvalidAmountError(`Not a whole kuruş amount: ${value}`);
  return value;
}

const tryFormatter = new Intl.NumberFormat("tr-TR", { style: "currency", currency: "TRY" });

/** 123456 → "₺1.234,56" */
export function formatKurus(kurus: number): string {
  assertKurus(kurus);
  const negative = kurus < 0;
  const digits = String(Math.abs(kurus)).padStart(3, "0");
  const decimal = `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  // A decimal string is formatted exactly (Intl.NumberFormat v3), never through a float.
  return tryFormatter.format(decimal as unknown as number);
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

/** Kuruş → the way an amount field shows it, for `parseTurkishAmount` to read back: 3250 → "32,50". */
export function kurusToInput(kurus: number): string {
  const digits = String(kurus).padStart(3, "0");
  return `${digits.slice(0, -2)},${digits.slice(-2)}`;
}

export function addKurus(...amounts: number[]): number {
  return assertKurus(amounts.reduce((sum, amount) => sum + assertKurus(amount), 0));
}

/** A kuruş amount times a whole quantity (packages). */
export function multiplyKurus(kurus: number, quantity: number): number {
  assertKurus(kurus);
  if (!Number.isSafeInteger(quantity)) throw new InvalidAmountError(`Not a whole quantity: ${quantity}`);
  return assertKurus(kurus * quantity);
}

/** `percent` % of a non-negative amount, rounded half-up to the kuruş (KDV: percentOf(subtotal, 20)). */
export function percentOf(kurus: number, percent: number): number {
  assertKurus(kurus);
  if (kurus < 0 || !Number.isSafeInteger(percent) || percent < 0) {
    throw new InvalidAmountError(`Cannot take ${percent}% of ${kurus}`);
  }
  const scaled = BigInt(kurus) * BigInt(percent);
  return assertKurus(Number((scaled + 50n) / 100n));
}

export const KDV_PERCENT = 20;

export function kdvFor(subtotal: number): number {
  return percentOf(subtotal, KDV_PERCENT);
}
