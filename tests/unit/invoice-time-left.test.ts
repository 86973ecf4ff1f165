import { describe, expect, it } from "vitest";
import { timeLeft } from "@/components/billing/time-left";

const due = new Date("2026-02-16T06:00:00.000Z");
const before = (ms: number) => new Date(due.getTime() - ms);
const HOUR = 3_600_000;

describe("the time left to pay an invoice", () => {
  it("counts whole hours under two days, rounded down", () => {
    expect(timeLeft(due, before(18 * HOUR + 59 * 60_000))).toBe("18 saat kaldı");
    expect(timeLeft(due, before(24 * HOUR))).toBe("24 saat kaldı");
    expect(timeLeft(due, before(47 * HOUR + 59 * 60_000))).toBe("47 saat kaldı");
  });

  it("counts days from two days, minutes under an hour, never zero minutes", () => {
    expect(timeLeft(due, before(50 * HOUR))).toBe("2 gün kaldı");
    expect(timeLeft(due, before(59 * 60_000 + 30_000))).toBe("59 dakika kaldı");
    expect(timeLeft(due, before(20_000))).toBe("1 dakika kaldı");
  });

  it("says the due time has passed at and after it", () => {
    expect(timeLeft(due, due)).toBe("Vadesi geçti");
    expect(timeLeft(due, before(-HOUR))).toBe("Vadesi geçti");
  });
});
