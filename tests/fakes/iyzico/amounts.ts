/**
 * The fake's own amount handling, kept apart from lib/iyzico/amount.ts on purpose: a test of the app's
 * conversion against a fake that shares it would prove nothing. Kuruş inside, decimals on the wire.
 */

/** "1234.56", "1.5", "15" (any decimal text) → kuruş; null when it is not a whole kuruş amount. */
export function decimalToKurus(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  const match = /^(\d+)(?:\.(\d{1,2})0*)?$/.exec(text);
  if (!match) return null;
  const kurus = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(kurus) ? kurus : null;
}

/**
 * Kuruş as Iyzico writes amounts in its JSON: a number without trailing zeros (1500 → 15,
 * 150 → 1.5). Built from the digits and parsed once, which yields exactly that decimal's double.
 */
export function jsonAmount(kurus: number): number {
  const digits = String(kurus).padStart(3, "0");
  return Number(`${digits.slice(0, -2)}.${digits.slice(-2)}`);
}
