const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long a customer still has to pay, as the invoice pages say it: "2 gün kaldı", "18 saat kaldı",
 * "40 dakika kaldı", or "Vadesi geçti". Rounded down, so it never promises more time than is left;
 * under two days it counts hours, which is what the 24-hour term needs.
 */
export function timeLeft(dueAt: Date, now: Date): string {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return "Vadesi geçti";
  if (left >= 2 * DAY_MS) return `${Math.floor(left / DAY_MS)} gün kaldı`;
  if (left >= HOUR_MS) return `${Math.floor(left / HOUR_MS)} saat kaldı`;
  return `${Math.max(1, Math.floor(left / MINUTE_MS))} dakika kaldı`;
}
