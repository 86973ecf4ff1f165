import { kurusToIyzicoPrice } from "./amount";

/**
 * Requests built from our own values. iyzipay copies only a fixed list of fields per request type
 * (lib/requests/*.js in the package) and silently drops the rest, so each type below has exactly
 * fields from that list: tests/unit/iyzico-requests.test.ts feeds every builder's output through
 * iyzipay's own request model and expects it back unchanged.
 */

export const LOCALE = "tr";
export const CURRENCY = "TRY";

export function ifPresent<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export type CheckoutFormRetrieveRequest = { locale: string; conversationId: string; token: string };

/** The result of a checkout form. conversationId: the payment attempt's id (see below). */
export function buildCheckoutFormRetrieveRequest(input: {
  token: string;
  conversationId: string;
}): CheckoutFormRetrieveRequest {
  return { locale: LOCALE, conversationId: input.conversationId, token: input.token };
}

export type PaymentRetrieveRequest = {
  locale: string;
  conversationId: string;
  paymentId?: string;
  paymentConversationId?: string;
};

/**
 * Asks for a payment by Iyzico's id or, while none is known, by the conversation id we gave it. The
 * request's conversationId is always the payment attempt's own id: Iyzico signs the answer's
 * conversationId, and whether it echoes ours or names the payment's, both must be this attempt.
 */
export function buildPaymentRetrieveRequest(input: {
  conversationId: string;
  paymentId?: string | null;
}): PaymentRetrieveRequest {
  return {
    locale: LOCALE,
    conversationId: input.conversationId,
    ...(input.paymentId ? { paymentId: input.paymentId } : { paymentConversationId: input.conversationId }),
  };
}

export type RefundV2Request = {
  locale: string;
  conversationId: string;
  paymentId: string;
  price: string;
  currency: string;
  ip?: string;
};

/** Refunds part or all of a payment by Iyzico's payment id (no basket item needed). */
export function buildRefundV2Request(input: {
  /** Our refund's id: never reused, so a retry of the same refund is recognisable on both sides. */
  conversationId: string;
  paymentId: string;
  amountKurus: number;
  ip?: string | null;
}): RefundV2Request {
  if (input.amountKurus <= 0) throw new RangeError("A refund must be a positive amount");
  return {
    locale: LOCALE,
    conversationId: input.conversationId,
    paymentId: input.paymentId,
    price: kurusToIyzicoPrice(input.amountKurus),
    currency: CURRENCY,
    ...ifPresent("ip", input.ip),
  };
}

export type CancelReason = "double_payment" | "buyer_request" | "fraud" | "other";

export type CancelRequest = {
  locale: string;
  conversationId: string;
  paymentId: string;
  ip?: string;
  reason?: CancelReason;
  description?: string;
};

/** Voids a whole payment; banks accept it only on the day of the payment. */
export function buildCancelRequest(input: {
  conversationId: string;
  paymentId: string;
  ip?: string | null;
  reason?: CancelReason;
  description?: string | null;
}): CancelRequest {
  return {
    locale: LOCALE,
    conversationId: input.conversationId,
    paymentId: input.paymentId,
    ...ifPresent("ip", input.ip),
    ...ifPresent("reason", input.reason),
    ...ifPresent("description", input.description),
  };
}
