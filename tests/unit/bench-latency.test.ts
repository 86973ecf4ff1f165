import { describe, expect, it } from "vitest";
import { percentiles, ratioInterval } from "../bench/latency";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ratio = ([a, b]: readonly number[]) => a! / b!;

describe("percentiles", () => {
  it("takes the nearest rank of the sorted samples", () => {
    expect(percentiles(range(1, 100).reverse())).toEqual({ p50: 51, p95: 96, count: 100 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, count: 1 });
  });
});

describe("ratioInterval", () => {
  it("is a single point when every round measured the same", () => {
    const page = Array.from({ length: 8 }, () => range(1, 100).map((n) => n * 1.5));
    const base = Array.from({ length: 8 }, () => range(1, 100));
    expect(ratioInterval([page, base], ratio)).toEqual({ low: 1.5, high: 1.5 });
  });

  it("spans the pooled ratio when the rounds disagree, and gives the same answer for the same samples", () => {
    // Half the rounds had the page at 1.2× its base, half at 1.8×: pooled, the tail is the slow half's.
    const page = Array.from({ length: 8 }, (_, round) => range(1, 100).map((n) => n * (round % 2 ? 1.8 : 1.2)));
    const base = Array.from({ length: 8 }, () => range(1, 100));
    const pooled = percentiles(page.flat()).p95 / percentiles(base.flat()).p95;
    const interval = ratioInterval([page, base], ratio);
    expect(interval.low).toBeLessThan(pooled);
    expect(interval.high).toBeGreaterThanOrEqual(pooled);
    expect(interval.low).toBeGreaterThanOrEqual(1.2);
    expect(interval.high).toBeLessThanOrEqual(1.8);
    expect(ratioInterval([page, base], ratio)).toEqual(interval);
  });

  it("draws the same rounds for every load: a round slow for all of them does not move the ratio", () => {
    // Every load slowed alike in round 3 (the machine was busy): the ratio stays 1.5 in any resample.
    const slow = (round: number) => (round === 3 ? 4 : 1);
    const page = Array.from({ length: 8 }, (_, round) => range(1, 100).map((n) => n * 1.5 * slow(round)));
    const base = Array.from({ length: 8 }, (_, round) => range(1, 100).map((n) => n * slow(round)));
    expect(ratioInterval([page, base], ratio)).toEqual({ low: 1.5, high: 1.5 });
  });

  it("refuses loads measured in different numbers of rounds", () => {
    expect(() => ratioInterval([[[1]], [[1], [2]]], ratio)).toThrow("same number of rounds");
  });
});
