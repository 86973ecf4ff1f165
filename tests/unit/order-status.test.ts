import { describe, expect, it } from "vitest";
import { orderStatuses } from "@/db/schema/enums";
import {
  assertTransition,
  canTransition,
  estimatedCompletion,
  InvalidOrderTransitionError,
  nextOrderStatuses,
  ORDER_STATUSES,
  orderStatusLabel,
  type OrderStatus,
} from "@/lib/orders/status";

// The rule, written out once: every pair not listed here must be refused.
const ALLOWED_PAIRS: ReadonlyArray<readonly [OrderStatus, OrderStatus]> = [
  ["pending", "processing"],
  ["pending", "cancelled"],
  ["processing", "completed"],
  ["processing", "cancelled"],
];
const isAllowed = (from: OrderStatus, to: OrderStatus) => ALLOWED_PAIRS.some(([a, b]) => a === from && b === to);

const allPairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));
const allowedPairs = allPairs.filter(([from, to]) => isAllowed(from, to));
const refusedPairs = allPairs.filter(([from, to]) => !isAllowed(from, to));

describe("order status transitions", () => {
  it("knows the same statuses as the database enum", () => {
    expect([...ORDER_STATUSES]).toEqual([...orderStatuses]);
    expect(allPairs).toHaveLength(16);
    expect(allowedPairs).toHaveLength(ALLOWED_PAIRS.length);
  });

  it.each(allowedPairs)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
    expect(nextOrderStatuses(from)).toContain(to);
  });

  it.each(refusedPairs)("refuses %s → %s with a Turkish reason", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(nextOrderStatuses(from)).not.toContain(to);
    let caught: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidOrderTransitionError);
    const error = caught as InvalidOrderTransitionError;
    expect(error.code).toBe("INVALID_ORDER_TRANSITION");
    expect([error.from, error.to]).toEqual([from, to]);
    expect(error.message).toMatch(/sipariş/i);
    expect(error.message).not.toMatch(/pending|processing|completed|cancelled/);
  });

  it("explains the refusals an operator meets most", () => {
    expect(() => assertTransition("completed", "cancelled")).toThrow("Tamamlanmış bir sipariş iptal edilemez");
    expect(() => assertTransition("cancelled", "processing")).toThrow(
      "İptal edilmiş bir siparişin durumu değiştirilemez",
    );
    expect(() => assertTransition("pending", "completed")).toThrow("İşleme alınmamış bir sipariş tamamlanamaz");
    expect(() => assertTransition("processing", "processing")).toThrow('Sipariş zaten "İşleniyor" durumunda');
  });

  it("ends in completed or cancelled, from which nothing moves", () => {
    expect(nextOrderStatuses("completed")).toEqual([]);
    expect(nextOrderStatuses("cancelled")).toEqual([]);
  });
});

describe("order status labels", () => {
  it.each([
    ["pending", "Beklemede"],
    ["processing", "İşleniyor"],
    ["completed", "Tamamlandı"],
    ["cancelled", "İptal edildi"],
  ] as const)("shows %s as %s", (status, label) => {
    expect(orderStatusLabel(status)).toBe(label);
  });
});

describe("estimatedCompletion", () => {
  const started = new Date("2026-01-15T14:05:00+03:00");

  it.each([
    ["standard", "2026-01-16T14:05:00+03:00"],
    ["custom", "2026-01-16T14:05:00+03:00"],
    ["premium", "2026-01-16T02:05:00+03:00"],
  ] as const)("promises a %s order by %s", (serviceType, expected) => {
    expect(estimatedCompletion(started, serviceType)).toEqual(new Date(expected));
  });

  it("counts elapsed hours across a clock change", () => {
    // Turkey moved its clocks forward on 29 March 2015 at 03:00.
    const beforeChange = new Date("2015-03-28T12:00:00+02:00");
    expect(estimatedCompletion(beforeChange, "standard").toISOString()).toBe("2015-03-29T10:00:00.000Z");
  });
});
