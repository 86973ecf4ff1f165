/**
 * The billing period: from the 15th 00:00 to the next 15th 00:00, Istanbul time (lib/dates.ts).
 */
import { formatIstanbulDate, istanbulTime, istanbulWallClock } from "../dates";

/** Day of the month on which a billing period starts (and the previous one ends). */
export const PERIOD_START_DAY = 15;

export type BillingPeriod = {
  /** Inclusive. */
  start: Date;
  /** Exclusive: the next period's start. */
  end: Date;
};

export function billingPeriodOf(at: Date): BillingPeriod {
  const wall = istanbulWallClock(at);
  const startMonth = wall.day >= PERIOD_START_DAY ? wall.month : wall.month - 1;
  return {
    start: istanbulTime(wall.year, startMonth, PERIOD_START_DAY),
    end: istanbulTime(wall.year, startMonth + 1, PERIOD_START_DAY),
  };
}

export function previousPeriod(period: BillingPeriod): BillingPeriod {
  return billingPeriodOf(new Date(period.start.getTime() - 1));
}

export function nextPeriod(period: BillingPeriod): BillingPeriod {
  return billingPeriodOf(period.end);
}

export function isInPeriod(at: Date, period: BillingPeriod): boolean {
  return at.getTime() >= period.start.getTime() && at.getTime() < period.end.getTime();
}

/** "15.01.2026 – 15.02.2026": both ends as the calendar shows them, as on the invoice. */
export function billingPeriodLabel(period: BillingPeriod): string {
  return `${formatIstanbulDate(period.start)} – ${formatIstanbulDate(period.end)}`;
}

/** The latest period that has ended at `now`: what the run on the 15th bills. */
export function lastEndedPeriod(now: Date): BillingPeriod {
  return previousPeriod(billingPeriodOf(now));
}

/** The period starting exactly at `start`, or null when no period starts there. */
export function periodStartingAt(start: Date): BillingPeriod | null {
  const period = billingPeriodOf(start);
  return period.start.getTime() === start.getTime() ? period : null;
}

/** The period containing the Istanbul day `2026-01-15` (a period's key: its first day). */
export function periodOfKey(key: string): BillingPeriod {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return billingPeriodOf(istanbulTime(year, month, day));
}

/** `2026-01-15`: the period's start as the Istanbul calendar shows it (event ids, URLs, forms). */
export function periodKey(period: BillingPeriod): string {
  const [day, month, year] = formatIstanbulDate(period.start).split(".");
  return `${year}-${month}-${day}`;
}
