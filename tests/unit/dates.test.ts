import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUSINESS_TIME_ZONE, istanbulTime, istanbulWallClock } from "@/lib/dates";

// The reference: what Intl says, asked afresh for every instant (lib/dates keeps offsets per day).
const reference = new Intl.DateTimeFormat("en-US", {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

function referenceWallClock(at: Date) {
  const parts = reference.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

const HOUR = 3_600_000;

describe("istanbulWallClock", () => {
  it("agrees with the time zone database at every quarter hour of 2011–2017, through every summer-time change and 2016's move to UTC+3", () => {
    let changes = 0;
    let previous: number | undefined;
    for (let t = Date.UTC(2011, 0, 1); t < Date.UTC(2017, 0, 1); t += HOUR / 4) {
      const at = new Date(t + 59_999); // the last millisecond of a minute: rounding would show
      const wall = istanbulWallClock(at);
      expect(wall).toEqual(referenceWallClock(at));
      const offset = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - t;
      if (previous !== undefined && offset !== previous) changes += 1;
      previous = offset;
    }
    // Two changes a year until 2016, whose autumn change was cancelled: the sweep did cross them.
    expect(changes).toBe(11);
  });

  it("agrees with the time zone database at any instant from 1900 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        expect(istanbulWallClock(new Date(t))).toEqual(referenceWallClock(new Date(t)));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the hour on each side of a clock change within the same day", () => {
    // 29 March 2015: clocks went from 03:00 to 04:00 (01:00 UTC); 8 November 2015: from 04:00 back to 03:00.
    expect(istanbulWallClock(new Date("2015-03-29T00:59:59Z"))).toMatchObject({ day: 29, hour: 2, minute: 59 });
    expect(istanbulWallClock(new Date("2015-03-29T01:00:00Z"))).toMatchObject({ day: 29, hour: 4, minute: 0 });
    expect(istanbulWallClock(new Date("2015-11-08T00:59:59Z"))).toMatchObject({ day: 8, hour: 3, minute: 59 });
    expect(istanbulWallClock(new Date("2015-11-08T01:00:00Z"))).toMatchObject({ day: 8, hour: 3, minute: 0 });
  });
});

describe("istanbulTime", () => {
  it("gives back the instant of every quarter hour of 2015, a year with both clock changes", () => {
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2016, 0, 1); t += HOUR / 4) {
      const wall = referenceWallClock(new Date(t));
      const again = istanbulTime(wall.year, wall.month, wall.day, wall.hour, wall.minute);
      // The hour repeated in autumn names two instants; either one shows the same wall clock.
      expect(referenceWallClock(again)).toEqual(wall);
    }
  });
});
