import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { billingPeriodLabel, billingPeriodOf, isInPeriod, nextPeriod, previousPeriod } from "@/lib/billing/period";
import { formatIstanbulDate, formatIstanbulDateTime, istanbulTime, istanbulWallClock, istanbulYear } from "@/lib/dates";

// Test data spells instants with explicit offsets; the code under test never assumes one.
const at = (iso: string) => new Date(iso);

function expectPeriod(instant: string, start: string, end: string) {
  const period = billingPeriodOf(at(instant));
  expect(period.start.toISOString()).toBe(at(start).toISOString());
  expect(period.end.toISOString()).toBe(at(end).toISOString());
}

describe("billingPeriodOf", () => {
  it("puts the 14th 23:59:59 Istanbul in the period that started on the previous month's 15th", () => {
    expectPeriod("2026-02-14T23:59:59+03:00", "2026-01-15T00:00:00+03:00", "2026-02-15T00:00:00+03:00");
    expectPeriod("2026-02-14T23:59:59.999+03:00", "2026-01-15T00:00:00+03:00", "2026-02-15T00:00:00+03:00");
  });

  it("starts a new period on the 15th 00:00:00 Istanbul", () => {
    expectPeriod("2026-02-15T00:00:00+03:00", "2026-02-15T00:00:00+03:00", "2026-03-15T00:00:00+03:00");
  });

  it("puts an instant given in UTC late on the 14th, already the 15th in Istanbul, in the new period", () => {
    expectPeriod("2026-03-14T21:00:00Z", "2026-03-15T00:00:00+03:00", "2026-04-15T00:00:00+03:00");
    expectPeriod("2026-03-14T20:59:59Z", "2026-02-15T00:00:00+03:00", "2026-03-15T00:00:00+03:00");
  });

  it.each([
    ["31 January", "2026-01-31T12:00:00+03:00", "2026-01-15T00:00:00+03:00", "2026-02-15T00:00:00+03:00"],
    [
      "28 February, non-leap year",
      "2026-02-28T23:59:59+03:00",
      "2026-02-15T00:00:00+03:00",
      "2026-03-15T00:00:00+03:00",
    ],
    [
      "1 March after a non-leap February",
      "2026-03-01T00:00:00+03:00",
      "2026-02-15T00:00:00+03:00",
      "2026-03-15T00:00:00+03:00",
    ],
    ["29 February, leap year", "2028-02-29T23:59:59+03:00", "2028-02-15T00:00:00+03:00", "2028-03-15T00:00:00+03:00"],
    ["28 February, leap year", "2028-02-28T08:00:00+03:00", "2028-02-15T00:00:00+03:00", "2028-03-15T00:00:00+03:00"],
    ["30 April", "2026-04-30T23:59:59+03:00", "2026-04-15T00:00:00+03:00", "2026-05-15T00:00:00+03:00"],
  ])("handles the month end: %s", (_name, instant, start, end) => {
    expectPeriod(instant, start, end);
  });

  it.each([
    ["15 December", "2026-12-15T00:00:00+03:00"],
    ["31 December, last second", "2026-12-31T23:59:59+03:00"],
    ["1 January", "2027-01-01T00:00:00+03:00"],
    ["14 January, last second", "2027-01-14T23:59:59+03:00"],
  ])("runs the period from 15 December to 15 January across the year end: %s", (_name, instant) => {
    expectPeriod(instant, "2026-12-15T00:00:00+03:00", "2027-01-15T00:00:00+03:00");
  });

  it("starts the next year's first full period on 15 January", () => {
    expectPeriod("2027-01-15T00:00:00+03:00", "2027-01-15T00:00:00+03:00", "2027-02-15T00:00:00+03:00");
  });

  it("follows the time zone database for years when Turkey still had winter time (UTC+2)", () => {
    expectPeriod("2015-01-10T12:00:00+02:00", "2014-12-15T00:00:00+02:00", "2015-01-15T00:00:00+02:00");
    expectPeriod("2015-03-20T12:00:00+02:00", "2015-03-15T00:00:00+02:00", "2015-04-15T00:00:00+03:00");
  });

  it("always contains the instant, starts on a 15th at midnight in Istanbul and chains with its neighbours", () => {
    const instants = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (instant) => {
        const period = billingPeriodOf(instant);
        expect(isInPeriod(instant, period)).toBe(true);
        for (const edge of [period.start, period.end]) {
          expect(istanbulWallClock(edge)).toMatchObject({ day: 15, hour: 0, minute: 0, second: 0 });
        }
        expect(nextPeriod(period).start).toEqual(period.end);
        expect(previousPeriod(period).end).toEqual(period.start);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
      }),
    );
  });
});

describe("previousPeriod and nextPeriod", () => {
  it("step one month back and forth across the year end", () => {
    const january = billingPeriodOf(at("2027-01-20T10:00:00+03:00"));
    expect(billingPeriodLabel(previousPeriod(january))).toBe("15.12.2026 – 15.01.2027");
    expect(billingPeriodLabel(january)).toBe("15.01.2027 – 15.02.2027");
    expect(billingPeriodLabel(nextPeriod(january))).toBe("15.02.2027 – 15.03.2027");
  });

  it("give the period that just ended when the billing run starts on the 15th at 09:00", () => {
    const run = at("2026-02-15T09:00:00+03:00");
    expect(billingPeriodLabel(previousPeriod(billingPeriodOf(run)))).toBe("15.01.2026 – 15.02.2026");
  });
});

describe("Istanbul date formatting", () => {
  it("formats the date as the calendar in Istanbul shows it", () => {
    expect(formatIstanbulDate(at("2026-01-15T00:00:00+03:00"))).toBe("15.01.2026");
    expect(formatIstanbulDate(at("2026-03-14T21:00:00Z"))).toBe("15.03.2026");
    expect(formatIstanbulDate(at("2026-03-14T20:59:59Z"))).toBe("14.03.2026");
  });

  it("formats date and time on a 24-hour clock", () => {
    expect(formatIstanbulDateTime(at("2026-01-15T14:05:00+03:00"))).toBe("15.01.2026 14:05");
    expect(formatIstanbulDateTime(at("2026-01-14T21:00:00Z"))).toBe("15.01.2026 00:00");
    expect(formatIstanbulDateTime(at("2026-12-31T20:59:00Z"))).toBe("31.12.2026 23:59");
  });

  it("gives the Istanbul calendar year, which turns three hours before UTC's", () => {
    expect(istanbulYear(at("2026-12-31T21:00:00Z"))).toBe(2027);
    expect(istanbulYear(at("2026-12-31T20:59:59Z"))).toBe(2026);
  });

  it("converts an Istanbul wall-clock time to the instant", () => {
    expect(istanbulTime(2026, 1, 15).toISOString()).toBe("2026-01-14T21:00:00.000Z");
    expect(istanbulTime(2026, 0, 15).toISOString()).toBe("2025-12-14T21:00:00.000Z");
    expect(istanbulTime(2015, 7, 1, 12).toISOString()).toBe("2015-07-01T09:00:00.000Z");
  });

  it("refuses an invalid date instead of printing NaN", () => {
    expect(() => formatIstanbulDate(new Date("not a date"))).toThrow(RangeError);
    expect(() => billingPeriodOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
