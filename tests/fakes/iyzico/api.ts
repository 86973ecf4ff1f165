import { createRequire } from "node:module";
import { decimalToKurus, jsonAmount } from "./amounts";
import type { FakeIyzicoStore, Payment, Session } from "./store";

/**
 * Iyzico's answers, shaped after docs.iyzico.com's samples. Signatures are made with iyzipay's own
 * helper (utils.calculateHmacSHA256Signature: HMAC-SHA256 hex over the values joined by ":"), over the
 * values exactly as this answer carries them, as Iyzico does. Error codes for the fake's refusals are
 * Iyzico's where its documentation names one (1000, 5062, 10051), illustrative otherwise.
 */

const require = createRequire(import.meta.url);
const iyzipayUtils = require("iyzipay/lib/utils") as {
  calculateHmacSHA256Signature(params: unknown[], secretKey: string): string;
};

export const IYZICO_PATHS = {
  initialize: "/payment/iyzipos/checkoutform/initialize/auth/ecom",
  retrieve: "/payment/iyzipos/checkoutform/auth/ecom/detail",
  paymentDetail: "/payment/detail",
  refundV2: "/v2/payment/refund",
  cancel: "/payment/cancel",
} as const;

type Body = Record<string, unknown>;
export type Answer = { status: number; body: Body };
export type ApiContext = { store: FakeIyzicoStore; signingKey: string; pageUrl: (token: string) => string };

const sign = (values: unknown[], key: string) => iyzipayUtils.calculateHmacSHA256Signature(values, key);

function envelope(request: Body): Body {
  return {
    status: "success",
    locale: request.locale ?? "tr",
    systemTime: Date.now(),
    ...(typeof request.conversationId === "string" ? { conversationId: request.conversationId } : {}),
  };
}

export function failure(request: Body, errorCode: string, errorMessage: string, errorGroup?: string): Answer {
  const body: Body = { ...envelope(request), status: "failure", errorCode, errorMessage };
  if (errorGroup) body.errorGroup = errorGroup;
  return { status: 200, body };
}

function initialize(ctx: ApiContext, request: Body): Answer {
  const price = decimalToKurus(request.price);
  const paidPrice = decimalToKurus(request.paidPrice);
  const items = Array.isArray(request.basketItems) ? (request.basketItems as Body[]) : [];
  const buyer = (request.buyer ?? {}) as Body;
  const required = [request.callbackUrl, request.currency, buyer.id, buyer.name, buyer.surname, buyer.email];
  if (price === null || paidPrice === null || items.length === 0 || required.some((v) => typeof v !== "string")) {
    return failure(request, "11", "Geçersiz istek");
  }
  const itemPrices = items.map((item) => ({ itemId: String(item.id), priceKurus: decimalToKurus(item.price) ?? -1 }));
  if (itemPrices.reduce((sum, item) => sum + item.priceKurus, 0) !== price) {
    return failure(request, "5062", "Gönderilen tutar tüm kırılımların toplam tutarına eşit olmalıdır");
  }
  const session = ctx.store.open({
    conversationId: String(request.conversationId ?? ""),
    basketId: String(request.basketId ?? ""),
    currency: String(request.currency),
    priceKurus: price,
    paidPriceKurus: paidPrice,
    callbackUrl: String(request.callbackUrl),
    items: itemPrices,
  });
  const body = envelope(request);
  Object.assign(body, {
    token: session.token,
    checkoutFormContent: `<script type="text/javascript">var iyziInit = {token:'${session.token}'};</script>`,
    tokenExpireTime: 1800,
    paymentPageUrl: ctx.pageUrl(session.token),
  });
  body.signature = sign([body.conversationId, body.token], ctx.signingKey);
  return { status: 200, body };
}

function paymentFields(payment: Payment): Body {
  return {
    price: jsonAmount(payment.priceKurus),
    paidPrice: jsonAmount(payment.paidPriceKurus),
    installment: 1,
    paymentId: payment.paymentId,
    fraudStatus: payment.fraudStatus,
    merchantCommissionRate: 0,
    merchantCommissionRateAmount: 0,
    ...payment.card,
    basketId: payment.basketId,
    currency: payment.currency,
    itemTransactions: payment.items.map((item) => ({
      itemId: item.itemId,
      paymentTransactionId: item.paymentTransactionId,
      transactionStatus: 2,
      price: jsonAmount(item.priceKurus),
      paidPrice: jsonAmount(item.priceKurus),
    })),
    authCode: payment.authCode,
    phase: "AUTH",
    hostReference: "mock00007iyzihostrfn",
  };
}

function sessionAnswer(ctx: ApiContext, request: Body, session: Session): Answer {
  const payment = ctx.store.paymentOf(session);
  const body: Body = { ...envelope(request), conversationId: request.conversationId ?? session.conversationId };
  if (payment) {
    Object.assign(body, paymentFields(payment), { paymentStatus: "SUCCESS" });
  } else {
    Object.assign(body, {
      paymentStatus: "FAILURE",
      errorCode: "10051",
      errorMessage: "Kart limiti yetersiz, yetersiz bakiye",
      errorGroup: "NOT_SUFFICIENT_FUNDS",
      basketId: session.basketId,
      currency: session.currency,
      price: jsonAmount(session.priceKurus),
      paidPrice: jsonAmount(session.paidPriceKurus),
    });
  }
  Object.assign(body, { token: session.token, callbackUrl: session.callbackUrl });
  const fields = [
    "paymentStatus",
    "paymentId",
    "currency",
    "basketId",
    "conversationId",
    "paidPrice",
    "price",
    "token",
  ];
  body.signature = sign(
    fields.map((field) => body[field]),
    ctx.signingKey,
  );
  return { status: 200, body };
}

function retrieve(ctx: ApiContext, request: Body): Answer {
  const session = typeof request.token === "string" ? ctx.store.sessions.get(request.token) : undefined;
  // Nothing to report before the customer has paid or failed on the page.
  if (!session || session.outcome.kind === "pending") {
    return failure(request, "5122", "Gönderilen token'a ait ödeme bulunamadı");
  }
  return sessionAnswer(ctx, request, session);
}

function paymentDetail(ctx: ApiContext, request: Body): Answer {
  const payment = ctx.store.findPayment(request);
  if (!payment) return failure(request, "5115", "Ödeme bulunamadı");
  const body: Body = { ...envelope(request), ...paymentFields(payment), paymentStatus: "SUCCESS" };
  const fields = ["paymentId", "currency", "basketId", "conversationId", "paidPrice", "price"];
  body.signature = sign(
    fields.map((field) => body[field]),
    ctx.signingKey,
  );
  return { status: 200, body };
}

function refundV2(ctx: ApiContext, request: Body): Answer {
  const payment = ctx.store.findPayment({ paymentId: request.paymentId });
  const amount = decimalToKurus(request.price);
  if (!payment) return failure(request, "5115", "Ödeme bulunamadı");
  if (amount === null || amount <= 0) return failure(request, "11", "Geçersiz istek");
  if (payment.cancelled) return failure(request, "5095", "İptal edilmiş ödeme iade edilemez");
  if (amount > payment.paidPriceKurus - ctx.store.refundedKurus(payment)) {
    return failure(request, "5094", "İade tutarı, iade edilebilir tutardan fazla olamaz");
  }
  // Like Iyzico, no deduplication: the same request twice refunds twice.
  payment.refunds.push({ conversationId: String(request.conversationId ?? ""), amountKurus: amount });
  const body: Body = {
    ...envelope(request),
    paymentId: payment.paymentId,
    price: jsonAmount(amount),
    currency: payment.currency,
    authCode: payment.authCode,
    hostReference: "mock00007iyzihostrfn",
    refundHostReference: "mock00007iyzihostrfn",
    retryable: false,
  };
  body.signature = sign([body.paymentId, body.conversationId], ctx.signingKey);
  return { status: 200, body };
}

function cancel(ctx: ApiContext, request: Body): Answer {
  const payment = ctx.store.findPayment({ paymentId: request.paymentId });
  if (!payment) return failure(request, "5115", "Ödeme bulunamadı");
  if (payment.cancelled) return failure(request, "5096", "Ödeme zaten iptal edilmiş");
  if (payment.refunds.length > 0) return failure(request, "5097", "İadesi yapılmış ödeme iptal edilemez");
  payment.cancelled = true;
  const body: Body = {
    ...envelope(request),
    paymentId: payment.paymentId,
    price: jsonAmount(payment.paidPriceKurus),
    currency: payment.currency,
    authCode: payment.authCode,
    hostReference: "mock00007iyzihostrfn",
    cancelHostReference: "mock00007iyzihostrfn",
  };
  return { status: 200, body };
}

export const API_ROUTES: Record<string, (ctx: ApiContext, request: Body) => Answer> = {
  [IYZICO_PATHS.initialize]: initialize,
  [IYZICO_PATHS.retrieve]: retrieve,
  [IYZICO_PATHS.paymentDetail]: paymentDetail,
  [IYZICO_PATHS.refundV2]: refundV2,
  [IYZICO_PATHS.cancel]: cancel,
};
