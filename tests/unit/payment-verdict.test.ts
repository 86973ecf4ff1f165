import { describe, expect, it } from "vitest";
import type { PaymentResult } from "@/lib/iyzico/responses";
import { judgePayment } from "@/lib/payments/verdict";

const attempt = {
  conversationId: "3f0c2a8e-51d4-4d2b-9a57-5b1f8a7c0e11",
  amount: 576000,
  invoiceNumber: "CRD2026000000042",
  invoiceTotal: 576000,
};

const approved: PaymentResult = {
  paymentStatus: "SUCCESS",
  paymentId: "25180001",
  conversationId: attempt.conversationId,
  basketId: attempt.invoiceNumber,
  currency: "TRY",
  priceKurus: 576000,
  paidPriceKurus: 576000,
  fraudStatus: 1,
  installment: 1,
  card: {
    type: "CREDIT_CARD",
    association: "MASTER_CARD",
    family: "Bonus",
    binNumber: "55287900",
    lastFourDigits: "0008",
  },
  paymentTransactionIds: ["27169001"],
  failure: null,
};

describe("judgePayment", () => {
  it("pays only an approved SUCCESS for this attempt, this invoice and exactly its total in lira", () => {
    expect(judgePayment(approved, attempt)).toEqual({ kind: "paid" });
  });

  it.each([
    ["a paid price above the total", { paidPriceKurus: 576001 }, "failed"],
    ["a paid price below the total", { paidPriceKurus: 575999 }, "failed"],
    ["a price other than the total", { priceKurus: 1 }, "failed"],
    ["another currency", { currency: "USD" }, "failed"],
    ["a rejected fraud check", { fraudStatus: -1 }, "failed"],
    ["a fraud check in review", { fraudStatus: 0 }, "pending"],
    ["no fraud status", { fraudStatus: null }, "pending"],
    ["another attempt's conversation id", { conversationId: "other" }, "pending"],
    ["no conversation id", { conversationId: null }, "pending"],
    ["another basket", { basketId: "CRD2026000000043" }, "pending"],
    ["a failed payment", { paymentStatus: "FAILURE" }, "failed"],
    ["a 3-D Secure payment not finished", { paymentStatus: "INIT_THREEDS" }, "failed"],
  ] as const)("does not pay %s", (_name, change, kind) => {
    expect(judgePayment({ ...approved, ...change }, attempt).kind).toBe(kind);
  });

  it("gives the bank's words for a declined card", () => {
    const declined = {
      ...approved,
      paymentStatus: "FAILURE",
      failure: { code: "10051", message: "Kart limiti yetersiz, yetersiz bakiye", group: "NOT_SUFFICIENT_FUNDS" },
    };
    expect(judgePayment(declined, attempt)).toEqual({
      kind: "failed",
      reason: "Ödeme onaylanmadı: Kart limiti yetersiz, yetersiz bakiye",
      review: false,
    });
  });
});
