/**
 * The last card attempt's failure, as the invoice page says it: the bank's reason (which may or may
 * not end with a full stop) as a sentence of its own, then what it means and what to do.
 */
export function failedAttemptMessage(reason: string | null): string {
  const why = reason?.trim().replace(/[.\s]+$/, "");
  const what = why ? `Son kartlı ödeme denemesi başarısız oldu: ${why}.` : "Son kartlı ödeme denemesi onaylanmadı.";
  return `${what} Kartınızdan para çekilmedi; yeniden deneyebilirsiniz.`;
}
