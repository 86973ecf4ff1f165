import { describe, expect, it } from "vitest";
import { orderStatusEnum } from "@/db/schema/enums";
import { estimatedCompletion, ORDER_STATUSES, orderStatus } from "@/lib/orders/status";
import { describeTransitions } from "./helpers/transitions";

describe("order statuses", () => {
  it("are the same as the database enum's", () => {
    expect([...ORDER_STATUSES]).toEqual([...orderStatusEnum.enumValues]);
    expect(orderStatus.transitionCode).toBe("ORDER_INVALID_TRANSITION");
  });
});

// The rule, written out once: every pair not listed here must be refused.
describeTransitions(
  "order",
  orderStatus,
  [
    ["pending", "processing"],
    ["pending", "cancelled"],
    ["processing", "completed"],
    ["processing", "cancelled"],
  ],
  /sipariş/i,
);

describe("order status refusals", () => {
  it("explains the refusals an operator meets most", () => {
    expect(() => orderStatus.assert("completed", "cancelled")).toThrow("Tamamlanmış bir sipariş iptal edilemez");
    expect(() => orderStatus.assert("cancelled", "processing")).toThrow(
      "İptal edilmiş bir siparişin durumu değiştirilemez",
    );
    expect(() => orderStatus.assert("pending", "completed")).toThrow("İşleme alınmamış bir sipariş tamamlanamaz");
    expect(() => orderStatus.assert("processing", "processing")).toThrow('Sipariş zaten "İşleniyor" durumunda');
  });

  it("ends in completed or cancelled, from which nothing moves", () => {
    expect(orderStatus.next("completed")).toEqual([]);
    expect(orderStatus.next("cancelled")).toEqual([]);
  });
});

describe("order status labels", () => {
  it.each([
    ["pending", "Beklemede"],
    ["processing", "İşleniyor"],
    ["completed", "Tamamlandı"],
    ["cancelled", "İptal edildi"],
  ] as const)("shows %s as %s", (status, label) => {
    expect(orderStatus.label(status)).toBe(label);
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
