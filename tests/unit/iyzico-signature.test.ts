import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasValidResponseSignature,
  responseSignature,
  RESPONSE_SIGNATURE_FIELDS,
  signaturesMatch,
} from "@/lib/iyzico/signature";

// Iyzico's own signature helper from the SDK: the reference our check must agree with.
const { calculateHmacSHA256Signature } = createRequire(import.meta.url)("iyzipay/lib/utils") as {
  calculateHmacSHA256Signature(params: unknown[], secretKey: string): string;
};

const SECRET = "sandbox-UuLnD7wZa0a3DmytfIrwHQqAMfqCNJrs";

// A checkout form result as iyzipay hands it over: JSON.parse has made the amounts numbers.
const retrieved = JSON.parse(`{
  "status": "success", "locale": "tr", "systemTime": 1755536577419, "conversationId": "8152109759",
  "price": 1234.50, "paidPrice": 1234.5, "installment": 1, "paymentId": "24478123", "fraudStatus": 1,
  "cardAssociation": "MASTER_CARD", "lastFourDigits": "0006", "basketId": "CRD2026000000001",
  "currency": "TRY", "token": "077aff05-1e9b-44aa-aa11-c268bb8b3826", "paymentStatus": "SUCCESS"
}`) as Record<string, unknown>;

const RETRIEVE_SIGNATURE = "d2d899e1ef5b334eafb9f469e63bf28d63926ba8af712309c39dcbb1128ff541";

describe("response signatures", () => {
  it("signs a checkout form result over paymentStatus:paymentId:currency:basketId:conversationId:paidPrice:price:token", () => {
    // 1234.50 in the JSON is the number 1234.5: signed as "1234.5", as iyzipay's samples verify it.
    const text = "SUCCESS:24478123:TRY:CRD2026000000001:8152109759:1234.5:1234.5:077aff05-1e9b-44aa-aa11-c268bb8b3826";
    expect(createHmac("sha256", SECRET).update(text).digest("hex")).toBe(RETRIEVE_SIGNATURE);
    expect(responseSignature(SECRET, "checkoutFormRetrieve", retrieved)).toBe(RETRIEVE_SIGNATURE);
  });

  it("agrees with iyzipay's own helper for every field list and any values", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(RESPONSE_SIGNATURE_FIELDS) as (keyof typeof RESPONSE_SIGNATURE_FIELDS)[])),
        fc.dictionary(fc.constantFrom(...RESPONSE_SIGNATURE_FIELDS.checkoutFormRetrieve), value),
        (kind, body) =>
          responseSignature(SECRET, kind, body) ===
          calculateHmacSHA256Signature(
            RESPONSE_SIGNATURE_FIELDS[kind].map((field) => body[field]),
            SECRET,
          ),
      ),
    );
  });

  it("accepts a genuine signature and refuses a changed field, a wrong key or a missing signature", () => {
    const signed = { ...retrieved, signature: responseSignature(SECRET, "checkoutFormRetrieve", retrieved) };
    expect(hasValidResponseSignature(SECRET, "checkoutFormRetrieve", signed)).toBe(true);
    expect(hasValidResponseSignature(SECRET, "checkoutFormRetrieve", { ...signed, paidPrice: 1234.51 })).toBe(false);
    expect(hasValidResponseSignature(SECRET, "checkoutFormRetrieve", { ...signed, paymentStatus: "FAILURE" })).toBe(
      false,
    );
    expect(hasValidResponseSignature("another-secret", "checkoutFormRetrieve", signed)).toBe(false);
    expect(hasValidResponseSignature(SECRET, "checkoutFormRetrieve", retrieved)).toBe(false);
  });

  it("signs an initialize answer over conversationId:token and a refund over paymentId:conversationId", () => {
    const initialized = { conversationId: "c-1", token: "t-1" };
    expect(responseSignature(SECRET, "checkoutFormInitialize", initialized)).toBe(
      calculateHmacSHA256Signature(["c-1", "t-1"], SECRET),
    );
    const refunded = { paymentId: "25180208", conversationId: "r-1", price: 15 };
    expect(responseSignature(SECRET, "refundV2", refunded)).toBe(
      calculateHmacSHA256Signature(["25180208", "r-1"], SECRET),
    );
  });
});

describe("signaturesMatch", () => {
  it("compares equal strings as equal and any difference as different", () => {
    const signature = responseSignature(SECRET, "checkoutFormInitialize", { conversationId: "c", token: "t" });
    expect(signaturesMatch(signature, signature)).toBe(true);
    const lastChanged = signature.slice(0, -1) + (signature.endsWith("0") ? "1" : "0");
    expect(signaturesMatch(signature, lastChanged)).toBe(false);
    expect(signaturesMatch(signature, signature.toUpperCase())).toBe(false);
  });

  it("refuses strings of different lengths without throwing", () => {
    expect(signaturesMatch("abc", "abcd")).toBe(false);
    expect(signaturesMatch("abcd", "")).toBe(false);
    expect(signaturesMatch("ç", "cc")).toBe(false);
  });
});
