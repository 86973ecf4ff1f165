/**
 * The one packing-time promise, in the words every page uses: the hours are the order rules' own
 * (lib/orders/status.ts), so the copy cannot promise what the estimate does not compute.
 */
import { COMPLETION_HOURS } from "@/lib/orders/status";

const { standard, premium } = COMPLETION_HOURS;

/** "Siparişleriniz işleme alındıktan sonra 24 saat içinde, premium hizmette 12 saat içinde paketlenir." */
export const PACKING_PROMISE = `Siparişleriniz işleme alındıktan sonra ${standard} saat içinde, premium hizmette ${premium} saat içinde paketlenir.`;

export const PACKING_PROMISE_BY_SERVICE = {
  standard: `Siparişleriniz işleme alındıktan sonra ${standard} saat içinde paketlenir.`,
  premium: `Öncelikli hat: siparişleriniz işleme alındıktan sonra ${premium} saat içinde paketlenir.`,
  custom: `Size özel ambalaj ve iş akışı; siparişleriniz işleme alındıktan sonra ${COMPLETION_HOURS.custom} saat içinde paketlenir.`,
} as const;
