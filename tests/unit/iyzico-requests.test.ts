import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  buildCheckoutFormInitializeRequest,
  iyzicoDateTime,
  splitPersonName,
  type CheckoutFormInput,
} from "@/lib/iyzico/checkout-form";
import {
  buildCancelRequest,
  buildCheckoutFormRetrieveRequest,
  buildPaymentRetrieveRequest,
  buildRefundV2Request,
} from "@/lib/iyzico/requests";
import { istanbulTime } from "@/lib/dates";

/**
 * iyzipay copies each request through a model that keeps a fixed list of fields and drops the rest
 * without a word. A request survives that model unchanged only if every field we set is one it keeps.
 */
const require = createRequire(import.meta.url);
function throughSdk(model: string, request: object): unknown {
  const Model = require(`iyzipay/lib/requests/${model}`) as new (request: object) => { toJson(): unknown };
  // JSON, as the SDK sends it: fields the model left undefined disappear.
  return JSON.parse(JSON.stringify(new Model(request).toJson()));
}

const input: CheckoutFormInput = {
  conversationId: "0b7c2f4e-5f1a-4c3e-9d8e-2a1b3c4d5e6f",
  invoiceNumber: "CRD2026000000042",
  amountKurus: 1_234_550,
  callbackUrl: "https://panel.cardakpaketleme.com.tr/api/payments/iyzico/callback",
  customer: {
    id: "7d1f2e3a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
    companyName: "Ayşe & Kızı Butik Ltd. Şti.",
    taxId: "1234567890",
    phone: "+905321234567",
    address: "Moda Cad. No: 5, Kadıköy",
    city: "İstanbul",
    country: "TR",
    createdAt: istanbulTime(2025, 3, 1, 9, 30),
  },
  user: { name: "Ayşe Nur Yılmaz", email: "ayse@butik.example", lastLoginAt: istanbulTime(2026, 1, 15, 14, 5) },
  ip: "203.0.113.7",
};

describe("checkout form initialize request", () => {
  const request = buildCheckoutFormInitializeRequest(input);

  it("charges the invoice total once, for one basket item named after the invoice", () => {
    expect(request).toMatchObject({
      locale: "tr",
      conversationId: input.conversationId,
      price: "12345.5",
      paidPrice: "12345.5",
      currency: "TRY",
      basketId: "CRD2026000000042",
      paymentGroup: "PRODUCT",
      callbackUrl: input.callbackUrl,
      enabledInstallments: [1],
      basketItems: [{ id: "CRD2026000000042", price: "12345.5", itemType: "VIRTUAL" }],
    });
  });

  it("takes the buyer from the customer and the signed-in user", () => {
    expect(request.buyer).toEqual({
      id: input.customer.id,
      name: "Ayşe Nur",
      surname: "Yılmaz",
      identityNumber: "1234567890",
      email: "ayse@butik.example",
      gsmNumber: "+905321234567",
      registrationDate: "2025-03-01 09:30:00",
      lastLoginDate: "2026-01-15 14:05:00",
      registrationAddress: "Moda Cad. No: 5, Kadıköy",
      city: "İstanbul",
      country: "Turkey",
      ip: "203.0.113.7",
    });
    expect(request.billingAddress).toEqual({
      contactName: "Ayşe & Kızı Butik Ltd. Şti.",
      city: "İstanbul",
      country: "Turkey",
      address: "Moda Cad. No: 5, Kadıköy",
    });
  });

  it("leaves out what the customer has not given rather than sending empty fields", () => {
    const bare = buildCheckoutFormInitializeRequest({
      ...input,
      customer: { ...input.customer, phone: null, createdAt: null },
      user: { name: "Ayşe", email: "ayse@butik.example" },
    });
    expect(bare.buyer).not.toHaveProperty("gsmNumber");
    expect(bare.buyer).not.toHaveProperty("registrationDate");
    expect(bare.buyer).not.toHaveProperty("lastLoginDate");
    expect(bare.buyer).toMatchObject({ name: "Ayşe", surname: "Ayşe" });
  });

  it("is kept whole by iyzipay's request model", () => {
    expect(throughSdk("CreateCheckoutFormInitializeRequest", request)).toEqual(request);
  });
});

describe("the other requests are kept whole by iyzipay's request models", () => {
  it.each([
    ["RetrieveCheckoutFormRequest", buildCheckoutFormRetrieveRequest({ token: "tok", conversationId: "att-1" })],
    ["RetrievePaymentRequest", buildPaymentRetrieveRequest({ conversationId: "att-1", paymentId: "25180208" })],
    ["RetrievePaymentRequest", buildPaymentRetrieveRequest({ conversationId: "att-1" })],
    [
      "CreateRefundV2Request",
      buildRefundV2Request({ conversationId: "ref-1", paymentId: "25180208", amountKurus: 1500, ip: "203.0.113.9" }),
    ],
    [
      "CreateCancelRequest",
      buildCancelRequest({
        conversationId: "can-1",
        paymentId: "25180208",
        ip: "203.0.113.9",
        reason: "buyer_request",
        description: "Müşteri talebi",
      }),
    ],
  ])("%s", (model, request) => {
    expect(throughSdk(model, request)).toEqual(request);
  });

  it("asks for a payment by its id, or by the attempt's conversation id while it has none", () => {
    expect(buildPaymentRetrieveRequest({ conversationId: "att-1", paymentId: "25180208" })).toEqual({
      locale: "tr",
      conversationId: "att-1",
      paymentId: "25180208",
    });
    expect(buildPaymentRetrieveRequest({ conversationId: "att-1", paymentId: null })).toEqual({
      locale: "tr",
      conversationId: "att-1",
      paymentConversationId: "att-1",
    });
  });

  it("writes a partial refund as Iyzico's decimal", () => {
    expect(buildRefundV2Request({ conversationId: "r", paymentId: "1", amountKurus: 1050 }).price).toBe("10.5");
    expect(() => buildRefundV2Request({ conversationId: "r", paymentId: "1", amountKurus: 0 })).toThrow(RangeError);
  });
});

describe("buyer details", () => {
  it.each([
    ["Ayşe Yılmaz", { name: "Ayşe", surname: "Yılmaz" }],
    ["  Mehmet   Ali  Kaya ", { name: "Mehmet Ali", surname: "Kaya" }],
    ["Cem", { name: "Cem", surname: "Cem" }],
  ])("splits %j", (full, parts) => {
    expect(splitPersonName(full)).toEqual(parts);
  });

  it("refuses an empty name", () => {
    expect(() => splitPersonName("   ")).toThrow(RangeError);
  });

  it("writes dates on Istanbul clocks, as Iyzico's 2015-10-05 12:43:35", () => {
    expect(iyzicoDateTime(new Date("2026-07-01T21:30:05Z"))).toBe("2026-07-02 00:30:05");
  });
});
