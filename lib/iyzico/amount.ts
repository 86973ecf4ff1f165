import { InvalidAmountError } from "@/lib/money";

/**
 * Kuruş ↔ the decimal amounts Iyzico's API speaks, without floating-point arithmetic.
 *
 * Going out: iyzipay passes every price through `utils.formatPrice`, which is
 * `parseFloat(price).toString()` plus ".0" when there is no dot. We send exactly the text that
 * function produces ("1234.56", "1234.5", "1.0"), so the SDK's float round trip changes nothing and
 * what reaches Iyzico is what we computed. That holds while the amount has at most 15 significant
 * digits: every such decimal survives a trip through an IEEE double unchanged. Hence the ceiling.
 *
 * Coming back: Iyzico answers amounts as JSON numbers with no trailing zeros (`"price": 15` for a
 * refund of "15.0", `"paidPrice": 1.2`), which iyzipay hands over already parsed into doubles. A
 * double's shortest round-trip text (Number#toString) is the decimal the JSON carried, for the same
 * 15-digit reason, so reading that text digit by digit gives the exact kuruş amount.
 */

/** 15 significant digits: 9.999.999.999.999,99 TL, far above any invoice. */
export const MAX_IYZICO_KURUS = 999_999_999_999_999;

function assertSendable(kurus: number): void {
  if (!Number.isSafeInteger(kurus) || kurus < 0 || kurus > MAX_IYZICO_KURUS) {
    throw new InvalidAmountError(`Not an amount Iyzico can be sent: ${kurus}`);
  }
}

/** 123456 → "1234.56", 150 → "1.5", 100 → "1.0", 0 → "0.0" (iyzipay's own formatting). */
export function kurusToIyzicoPrice(kurus: number): string {
  assertSendable(kurus);
  const digits = String(kurus).padStart(3, "0");
  const lira = digits.slice(0, -2);
  const fraction = digits.slice(-2).replace(/0+$/, "");
  return `${lira}.${fraction || "0"}`;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * An amount from an Iyzico response (a JSON number, or a decimal string) in kuruş. Throws
 * InvalidAmountError for anything that is not a non-negative whole number of kuruş: a third decimal
 * that is not zero, an exponent, a negative or non-finite number, a value past the 15-digit ceiling.
 */
export function iyzicoPriceToKurus(value: unknown): number {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidAmountError(`Not an amount: ${value}`);
    text = String(value);
  } else if (typeof value === "string") {
    text = value;
  } else {
    throw new InvalidAmountError(`Not an amount: ${String(value)}`);
  }
  const match = DECIMAL.exec(text);
  if (!match) throw new InvalidAmountError(`Not a decimal amount: ${text}`);
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (/[^0]/.test(fraction.slice(2))) throw new InvalidAmountError(`More precise than a kuruş: ${text}`);
  const kurus = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, "0"));
  if (kurus > BigInt(MAX_IYZICO_KURUS)) throw new InvalidAmountError(`Amount too large: ${text}`);
  return Number(kurus);
}
