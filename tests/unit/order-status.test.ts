import { describe, expect, it } from "vitest";
import { orderStatusEnum } from "@/db/schema/enums";
import { estimatedCompletion, orderStatus } from "@/lib/orders/status";
import { describeStatusMachine } from "./helpers/status-machine";

// The rule, written out once: every pair not listed here must be refused.
describeStatusMachine("order", orderStatus, {
  entity: "ORDER",
  enumValues: orderStatusEnum.enumValues,
  labels: { pending: "Beklemede", processing: "İşleniyor", completed: "Tamamlandı", cancelled: "İptal edildi" },
  allowed: [
    ["pending", "processing"],
    ["pending", "cancelled"],
    ["processing", "completed"],
    ["processing", "cancelled"],
  ],
  words: /sipariş/i,
});

describe("order status refusals", () => {
  it("explain the refusals an operator meets most", () => {
    expect(() => orderStatus.assert("completed", "cancelled")).toThrow("Tamamlanmış bir sipariş iptal edilemez");
    expect(() => orderStatus.assert("cancelled", "processing")).toThrow(
      "İptal edilmiş bir siparişin durumu değiştirilemez",
    );
    expect(() => orderStatus.assert("pending", "completed")).toThrow("İşleme alınmamış bir sipariş tamamlanamaz");
    expect(() => orderStatus.assert("processing", "processing")).toThrow('Sipariş zaten "İşleniyor" durumunda');
  });

  it("end in completed or cancelled, from which nothing moves", () => {
    expect(orderStatus.next("completed")).toEqual([]);
    expect(orderStatus.next("cancelled")).toEqual([]);
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
