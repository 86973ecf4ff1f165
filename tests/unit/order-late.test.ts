import { describe, expect, it } from "vitest";
import { isOrderLate, lateSince, lateStartCutoff } from "@/lib/orders/late";
import { ORDER_STATUSES } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";

const HOUR = 3_600_000;
/** Processing started 26.11.2026 09:00 in Istanbul. */
const started = new Date("2026-11-26T09:00:00+03:00");
const processing = (serviceType: ServiceType, processingStartedAt: Date | null = started) => ({
  status: "processing" as const,
  serviceType,
  processingStartedAt,
});
const at = (hours: number, ms = 0) => new Date(started.getTime() + hours * HOUR + ms);

describe("a late order", () => {
  it.each([
    ["standard", 24],
    ["custom", 24],
    ["premium", 12],
  ] as const)("in processing, %s, is late only after %i hours, not exactly at the estimate", (serviceType, hours) => {
    expect(isOrderLate(processing(serviceType), at(0))).toBe(false);
    expect(isOrderLate(processing(serviceType), at(hours, -1))).toBe(false);
    expect(isOrderLate(processing(serviceType), at(hours))).toBe(false);
    expect(isOrderLate(processing(serviceType), at(hours, 1))).toBe(true);
    expect(isOrderLate(processing(serviceType), at(hours * 10))).toBe(true);
  });

  it("is late since its estimated completion, which it names", () => {
    expect(lateSince(processing("premium"), at(13))).toEqual(new Date("2026-11-26T21:00:00+03:00"));
    expect(lateSince(processing("standard"), at(25))).toEqual(new Date("2026-11-27T09:00:00+03:00"));
    // A standard order 13 hours in is on time, where a premium one is late.
    expect(lateSince(processing("standard"), at(13))).toBeNull();
  });

  it.each(ORDER_STATUSES.filter((status) => status !== "processing"))(
    "is never %s, however long ago processing started",
    (status) => {
      for (const serviceType of ["standard", "premium", "custom"] as const) {
        expect(isOrderLate({ status, serviceType, processingStartedAt: started }, at(1000))).toBe(false);
        expect(isOrderLate({ status, serviceType, processingStartedAt: null }, at(1000))).toBe(false);
      }
    },
  );

  it("is not late in processing without a start time (no promise was made)", () => {
    expect(isOrderLate(processing("standard", null), at(1000))).toBe(false);
  });
});

describe("the database's cutoff", () => {
  it("is the same rule turned round: late exactly when processing started before it", () => {
    const now = new Date("2026-11-27T14:00:00.000+03:00");
    for (const serviceType of ["standard", "premium", "custom"] as const) {
      const cutoff = lateStartCutoff(serviceType, now);
      for (const offset of [-HOUR, -1, 0, 1, HOUR]) {
        const start = new Date(cutoff.getTime() + offset);
        expect(isOrderLate(processing(serviceType, start), now), `${serviceType} ${offset}`).toBe(offset < 0);
      }
    }
    expect(lateStartCutoff("premium", now)).toEqual(new Date("2026-11-27T02:00:00+03:00"));
    expect(lateStartCutoff("standard", now)).toEqual(new Date("2026-11-26T14:00:00+03:00"));
  });
});
