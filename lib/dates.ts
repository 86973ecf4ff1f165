/**
 * Business dates and times in Europe/Istanbul: what the wall clock shows at an instant, the instant
 * at which it shows a given time, and the Turkish date formats (15.01.2026, 15.01.2026 14:05).
 * Offsets come from the time zone database through Intl, never from a constant: Turkey has changed
 * its rules before (UTC+2 with summer time until 2016) and past documents must keep their dates.
 */

export const BUSINESS_TIME_ZONE = "Europe/Istanbul";

/** What a wall clock in Istanbul shows; `month` is 1–12. */
export type IstanbulWallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

// en-US with h23 gives plain ASCII digits and "00" at midnight (some engines print "24" otherwise).
const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid date: ${String(date)}`);
  }
}

/** What the time zone database says an Istanbul wall clock shows at `at` (whole seconds). */
function intlWallClock(at: number): IstanbulWallClock {
  const parts = partsFormatter.formatToParts(at);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: value("year"),
    month: value("month"),
    day: value("day"),
    hour: value("hour"),
    minute: value("minute"),
    second: value("second"),
  };
}

function intlOffsetMs(at: number): number {
  const wall = intlWallClock(at);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - (at - (((at % 1000) + 1000) % 1000));
}

const DAY_MS = 86_400_000;
// Asking Intl costs microseconds a call, and a page of dates (the overview's 12 months and 30 days,
// a list's rows) asks hundreds of times. The offset changes at most twice a year, so it is kept per
// UTC day: a day whose first and last second have the same offset has no clock change in it (no zone
// changes its clocks twice in a day). A day with a change asks Intl for each instant.
const offsetByDay = new Map<number, number>();
const MAX_CACHED_DAYS = 50_000;

/** How far Istanbul wall clocks are ahead of UTC at the instant `at`, in milliseconds. */
function istanbulOffsetMs(at: number): number {
  const day = Math.floor(at / DAY_MS);
  const known = offsetByDay.get(day);
  if (known !== undefined) return known;
  const start = day * DAY_MS;
  const offset = intlOffsetMs(start);
  if (intlOffsetMs(start + DAY_MS - 1000) !== offset) return intlOffsetMs(at);
  if (offsetByDay.size >= MAX_CACHED_DAYS) offsetByDay.clear();
  offsetByDay.set(day, offset);
  return offset;
}

export function istanbulWallClock(at: Date): IstanbulWallClock {
  assertValidDate(at);
  const wall = new Date(at.getTime() + istanbulOffsetMs(at.getTime()));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/**
 * The instant at which Istanbul wall clocks show the given time. Months out of range roll over
 * (month 0 is December of the previous year, month 13 January of the next), as with Date.UTC.
 */
export function istanbulTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - istanbulOffsetMs(wall);
  // The offset at the result can differ from the offset at the first guess around a clock change.
  return new Date(wall - istanbulOffsetMs(first));
}

/** The Istanbul calendar year of an instant: the year of order, invoice and quote numbers. */
export function istanbulYear(at: Date): number {
  return istanbulWallClock(at).year;
}

/** A `YYYY-MM-DD` text that names a day of the calendar (no 30 February), as date inputs send it. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

const dateText = (wall: IstanbulWallClock) => `${pad(wall.day)}.${pad(wall.month)}.${pad(wall.year, 4)}`;

/** 15.01.2026 */
export function formatIstanbulDate(date: Date): string {
  return dateText(istanbulWallClock(date));
}

/** 15.01.2026 14:05 */
export function formatIstanbulDateTime(date: Date): string {
  const wall = istanbulWallClock(date);
  return `${dateText(wall)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** 2026-11-25: the Istanbul calendar day of an instant, as date inputs, URLs and file names write it. */
export function istanbulDateKey(date: Date): string {
  const wall = istanbulWallClock(date);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}
