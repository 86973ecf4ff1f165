import { z } from "zod";
import { iyzicoPriceToKurus } from "./amount";

/**
 * Iyzico's successful answers (`status: "success"`) read into our own shapes: amounts in kuruş, ids
 * as strings, absent fields as null. A body that does not fit throws (zod), and the client reports
 * that as an unusable answer. Only the fields the payment flow uses are read.
 */

const id = z.union([z.string().min(1), z.number().int().nonnegative().transform(String)]);
const amount = z.union([z.number(), z.string()]).transform((value, ctx) => {
  try {
    return iyzicoPriceToKurus(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

const initializeSchema = z.object({
  token: z.string().min(1),
  paymentPageUrl: z.url(),
  tokenExpireTime: maybe(z.number().int()),
  conversationId: maybe(z.string()),
});

export type CheckoutFormSession = {
  token: string;
  /** Where the customer goes to pay (Iyzico's hosted page). */
  paymentPageUrl: string;
  /** Seconds the token stays usable (Iyzico: 1800). */
  tokenExpiresInSeconds: number | null;
};

export function readCheckoutFormSession(body: Record<string, unknown>): CheckoutFormSession {
  const data = initializeSchema.parse(body);
  return { token: data.token, paymentPageUrl: data.paymentPageUrl, tokenExpiresInSeconds: data.tokenExpireTime };
}

const paymentFields = {
  paymentStatus: maybe(z.string()),
  paymentId: maybe(id),
  conversationId: maybe(z.string()),
  basketId: maybe(z.string()),
  currency: maybe(z.string()),
  price: maybe(amount),
  paidPrice: maybe(amount),
  fraudStatus: maybe(z.number().int()),
  installment: maybe(z.number().int()),
  cardType: maybe(z.string()),
  cardAssociation: maybe(z.string()),
  cardFamily: maybe(z.string()),
  binNumber: maybe(z.string()),
  lastFourDigits: maybe(z.string()),
  itemTransactions: maybe(z.array(z.object({ paymentTransactionId: id }))),
  errorCode: maybe(z.union([z.string(), z.number().transform(String)])),
  errorMessage: maybe(z.string()),
  errorGroup: maybe(z.string()),
};

const paymentSchema = z.object(paymentFields);
const checkoutFormSchema = z.object({ ...paymentFields, token: maybe(z.string()) });

export type PaymentResult = {
  /** "SUCCESS", "FAILURE", "INIT_THREEDS", ... as Iyzico wrote it; null when absent. */
  paymentStatus: string | null;
  paymentId: string | null;
  /** The conversation id of the answer (Iyzico echoes the request's). */
  conversationId: string | null;
  basketId: string | null;
  currency: string | null;
  priceKurus: number | null;
  paidPriceKurus: number | null;
  /** 1 approved, 0 in review, -1 rejected. */
  fraudStatus: number | null;
  installment: number | null;
  card: {
    type: string | null;
    association: string | null;
    family: string | null;
    binNumber: string | null;
    lastFourDigits: string | null;
  };
  /** One per basket item; what Iyzico's per-item refund (`refund`) would need. */
  paymentTransactionIds: string[];
  /** Why a payment failed (bank or fraud answer), when it did. */
  failure: { code: string | null; message: string | null; group: string | null } | null;
};

export type CheckoutFormResult = PaymentResult & { token: string | null };

function toPaymentResult(data: z.infer<typeof paymentSchema>): PaymentResult {
  const failed = data.errorCode !== null || data.errorMessage !== null;
  return {
    paymentStatus: data.paymentStatus,
    paymentId: data.paymentId,
    conversationId: data.conversationId,
    basketId: data.basketId,
    currency: data.currency,
    priceKurus: data.price,
    paidPriceKurus: data.paidPrice,
    fraudStatus: data.fraudStatus,
    installment: data.installment,
    card: {
      type: data.cardType,
      association: data.cardAssociation,
      family: data.cardFamily,
      binNumber: data.binNumber,
      lastFourDigits: data.lastFourDigits,
    },
    paymentTransactionIds: (data.itemTransactions ?? []).map((item) => item.paymentTransactionId),
    failure: failed ? { code: data.errorCode, message: data.errorMessage, group: data.errorGroup } : null,
  };
}

export function readPaymentResult(body: Record<string, unknown>): PaymentResult {
  return toPaymentResult(paymentSchema.parse(body));
}

export function readCheckoutFormResult(body: Record<string, unknown>): CheckoutFormResult {
  const data = checkoutFormSchema.parse(body);
  return { ...toPaymentResult(data), token: data.token };
}

const refundSchema = z.object({
  paymentId: id,
  conversationId: maybe(z.string()),
  price: amount,
  currency: maybe(z.string()),
  hostReference: maybe(z.string()),
  refundHostReference: maybe(z.string()),
});

export type RefundResult = {
  paymentId: string;
  conversationId: string | null;
  /** What Iyzico says it refunded. */
  amountKurus: number;
  currency: string | null;
  refundHostReference: string | null;
};

export function readRefundResult(body: Record<string, unknown>): RefundResult {
  const data = refundSchema.parse(body);
  return {
    paymentId: data.paymentId,
    conversationId: data.conversationId,
    amountKurus: data.price,
    currency: data.currency,
    refundHostReference: data.refundHostReference ?? data.hostReference,
  };
}

const cancelSchema = z.object({
  paymentId: id,
  conversationId: maybe(z.string()),
  price: maybe(amount),
  currency: maybe(z.string()),
});

export type CancelResult = {
  paymentId: string;
  conversationId: string | null;
  /** The voided amount, when Iyzico states it. */
  amountKurus: number | null;
  currency: string | null;
};

export function readCancelResult(body: Record<string, unknown>): CancelResult {
  const data = cancelSchema.parse(body);
  return {
    paymentId: data.paymentId,
    conversationId: data.conversationId,
    amountKurus: data.price,
    currency: data.currency,
  };
}
