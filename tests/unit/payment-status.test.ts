import { describe, expect, it } from "vitest";
import { paymentStatusEnum } from "@/db/schema/enums";
import { PAYMENT_STATUSES, paymentStatus } from "@/lib/payments/status";
import { describeStatusMachine } from "./helpers/status-machine";

// The rule, written out once: every pair not listed here must be refused. A partial refund is not a
// move: the payment stays `succeeded` with its refunded amount.
describeStatusMachine("payment", paymentStatus, {
  entity: "PAYMENT",
  enumValues: paymentStatusEnum.enumValues,
  labels: { pending: "Bekliyor", succeeded: "Başarılı", failed: "Başarısız", refunded: "İade edildi" },
  allowed: [
    ["pending", "succeeded"],
    ["pending", "failed"],
    ["succeeded", "refunded"],
  ],
  words: /ödeme/i,
});

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

  it("end in failed or refunded", () => {
    expect(PAYMENT_STATUSES.filter((status) => paymentStatus.isFinal(status))).toEqual(["failed", "refunded"]);
  });
});
