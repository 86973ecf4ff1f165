/** How the admin screens write counts, axis values and calendar names, in Turkish. */
import { BUSINESS_TIME_ZONE, istanbulTime } from "@/lib/dates";

export const formatCount = (value: number) => value.toLocaleString("tr-TR");

const compact = new Intl.NumberFormat("tr-TR", { notation: "compact", maximumFractionDigits: 1 });

/** An axis tick, shortened: 12500 → "12,5 B". */
export const compactCount = (value: number) => compact.format(value);

/**
 * A money axis tick in whole lira, shortened: 1250000 kuruş → "₺12,5 B". Only a label of a scale
 * (an approximation by nature); every amount shown as an amount goes through formatKurus.
 */
export const compactLira = (kurus: number) => `₺${compact.format(Math.round(kurus / 100))}`;

const monthLong = new Intl.DateTimeFormat("tr-TR", { month: "long", year: "numeric", timeZone: BUSINESS_TIME_ZONE });
const monthShort = new Intl.DateTimeFormat("tr-TR", { month: "short", timeZone: BUSINESS_TIME_ZONE });

const monthStart = (key: string) => {
  const [year, month] = key.split("-").map(Number) as [number, number];
  return istanbulTime(year, month, 1, 12);
};

/** "2026-11" → "Kasım 2026" and "Kas". */
export const monthLabel = (key: string) => monthLong.format(monthStart(key));
export const monthShortLabel = (key: string) => monthShort.format(monthStart(key));

/** "2026-11-25" → "25.11.2026" and "25.11". */
export const dayLabel = (key: string) => key.split("-").reverse().join(".");
export const dayShortLabel = (key: string) => key.split("-").slice(1).reverse().join(".");
