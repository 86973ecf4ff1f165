import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Iyzico's response signatures: lowercase hex HMAC-SHA256, keyed with the merchant's secret key, over
 * some fields of the response joined by ":". The field lists are Iyzico's (docs.iyzico.com, "Response
 * Signature Validation", and iyzipay 2.0.69's samples/IyzipaySamples.js, IyziPayRefundV2Samples.js).
 *
 * Each value is turned into text the way iyzipay's own check does (`utils.calculateHmacSHA256Signature`
 * calls `params.join(":")`): a missing value is "", a number is its JavaScript text. Amounts arrive as
 * JSON numbers without trailing zeros ("paidPrice": 1.2), so a number's JavaScript text is exactly what
 * the JSON said; see amount.ts for why that holds for every kuruş amount. Iyzico's published Node and
 * PHP samples verify signatures from these parsed numbers, so this is also what Iyzico signs.
 */
export const RESPONSE_SIGNATURE_FIELDS = {
  checkoutFormInitialize: ["conversationId", "token"],
  checkoutFormRetrieve: [
    "paymentStatus",
    "paymentId",
    "currency",
    "basketId",
    "conversationId",
    "paidPrice",
    "price",
    "token",
  ],
  paymentRetrieve: ["paymentId", "currency", "basketId", "conversationId", "paidPrice", "price"],
  // The refund's amount is not signed: callers compare it with what they asked for.
  refundV2: ["paymentId", "conversationId"],
} as const satisfies Record<string, readonly string[]>;

export type SignedResponse = keyof typeof RESPONSE_SIGNATURE_FIELDS;

export function hmacSha256Hex(secretKey: string, data: string): string {
  return createHmac("sha256", secretKey).update(data, "utf8").digest("hex");
}

/**
 * Compares two signatures in constant time. Different lengths are refused up front (timingSafeEqual
 * requires equal lengths, and a length is no secret: every genuine signature is 64 characters).
 */
export function signaturesMatch(expected: string, received: string): boolean {
  const left = Buffer.from(expected, "utf8");
  const right = Buffer.from(received, "utf8");
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

function fieldText(value: unknown): string {
  // Array.prototype.join's rule, as in iyzipay: null and undefined become "".
  return value === null || value === undefined ? "" : String(value);
}

export function responseSignature(secretKey: string, kind: SignedResponse, body: Record<string, unknown>): string {
  const data = RESPONSE_SIGNATURE_FIELDS[kind].map((field) => fieldText(body[field])).join(":");
  return hmacSha256Hex(secretKey, data);
}

export function hasValidResponseSignature(
  secretKey: string,
  kind: SignedResponse,
  body: Record<string, unknown>,
): boolean {
  const received = body.signature;
  if (typeof received !== "string" || received === "") return false;
  return signaturesMatch(responseSignature(secretKey, kind, body), received);
}
