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

/** Reading typed amounts (and counts) lives with the other number parsing: lib/numbers.ts. */
export { parseTurkishAmount } from "./numbers";

/**
 * Kuruş → the way an amount field shows it, for `parseTurkishAmount` to read back: 3250 → "32,50",
 * 804000 → "8.040,00" (thousands grouped, as amounts are shown and the fields' hints write them).
 */
export function kurusToInput(kurus: number): string {
  const digits = String(kurus).padStart(3, "0");
  return `${digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${digits.slice(-2)}`;
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
