import { describe, expect, it } from "vitest";
import { paymentStatusEnum } from "@/db/schema/enums";
import { PAYMENT_STATUSES, paymentStatus } from "@/lib/payments/status";
import { describeTransitions } from "./helpers/transitions";

describe("payment statuses", () => {
  it("are the same as the database enum's", () => {
    expect([...PAYMENT_STATUSES]).toEqual([...paymentStatusEnum.enumValues]);
    expect(paymentStatus.transitionCode).toBe("PAYMENT_INVALID_TRANSITION");
  });
});

// The rule, written out once: every pair not listed here must be refused. A partial refund is not a
// move: the payment stays `succeeded` with its refunded amount.
describeTransitions(
  "payment",
  paymentStatus,
  [
    ["pending", "succeeded"],
    ["pending", "failed"],
    ["succeeded", "refunded"],
  ],
  /ödeme/i,
);

describe("payment status refusals", () => {
  it("refund only a payment that succeeded, and never reopen a settled one", () => {
    expect(() => paymentStatus.assert("pending", "refunded")).toThrow("Yalnızca başarılı bir ödeme iade edilebilir.");
    expect(() => paymentStatus.assert("failed", "succeeded")).toThrow("Başarısız bir ödeme değiştirilemez.");
    expect(() => paymentStatus.assert("refunded", "succeeded")).toThrow("İade edilmiş bir ödeme değiştirilemez.");
    expect(() => paymentStatus.assert("succeeded", "pending")).toThrow(
      "Sonuçlanmış bir ödeme yeniden beklemeye alınamaz.",
    );
    expect(() => paymentStatus.assert("succeeded", "succeeded")).toThrow('Ödeme zaten "Başarılı" durumunda.');
  });

  it("ends in failed or refunded", () => {
    expect(PAYMENT_STATUSES.filter((status) => paymentStatus.isFinal(status))).toEqual(["failed", "refunded"]);
  });

  it.each([
    ["pending", "Bekliyor"],
    ["succeeded", "Başarılı"],
    ["failed", "Başarısız"],
    ["refunded", "İade edildi"],
  ] as const)("shows %s as %s", (status, label) => {
    expect(paymentStatus.label(status)).toBe(label);
  });
});
