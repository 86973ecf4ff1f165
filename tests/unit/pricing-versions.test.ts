import { describe, expect, it } from "vitest";
import { istanbulTime } from "@/lib/dates";
import { defaultEffectiveDate, firstPricedPeriod, markVersions } from "@/lib/pricing-admin/versions";

describe("price versions", () => {
  it("price the first billing period that starts on or after their date", () => {
    expect(firstPricedPeriod(istanbulTime(2026, 12, 15)).start).toEqual(istanbulTime(2026, 12, 15));
    expect(firstPricedPeriod(istanbulTime(2026, 11, 25)).start).toEqual(istanbulTime(2026, 12, 15));
    expect(firstPricedPeriod(istanbulTime(2026, 12, 31)).start).toEqual(istanbulTime(2027, 1, 15));
  });

  it("default to the next period's first day", () => {
    expect(defaultEffectiveDate(istanbulTime(2026, 11, 25, 14))).toBe("2026-12-15");
    expect(defaultEffectiveDate(istanbulTime(2026, 12, 14, 23, 59))).toBe("2026-12-15");
    expect(defaultEffectiveDate(istanbulTime(2026, 12, 15, 0, 0))).toBe("2027-01-15");
  });

  it("are scheduled after now, the latest one not after now is current, the rest past", () => {
    const now = istanbulTime(2026, 11, 25);
    const versions = [
      istanbulTime(2027, 1, 15),
      istanbulTime(2026, 12, 15),
      istanbulTime(2026, 11, 25),
      istanbulTime(2025, 1, 1),
    ];
    expect(
      markVersions(
        versions.map((effectiveFrom) => ({ effectiveFrom })),
        now,
      ).map((v) => v.state),
    ).toEqual(["scheduled", "scheduled", "current", "past"]);
  });
});
