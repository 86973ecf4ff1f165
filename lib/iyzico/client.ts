import "server-only";
import { promisify } from "node:util";
import Iyzipay from "iyzipay";
import { iyzicoPriceToKurus } from "./amount";
import { IyzicoApiError, IyzicoUnavailableError, IyzicoVerificationError } from "./errors";
import type { CheckoutFormInitializeRequest } from "./checkout-form";
import type { CancelRequest, CheckoutFormRetrieveRequest, PaymentRetrieveRequest, RefundV2Request } from "./requests";
import {
  readCancelResult,
  readCheckoutFormResult,
  readCheckoutFormSession,
  readPaymentResult,
  readRefundResult,
  type CancelResult,
  type CheckoutFormResult,
  type CheckoutFormSession,
  type PaymentResult,
  type RefundResult,
} from "./responses";
import { hasValidResponseSignature, type SignedResponse } from "./signature";

export type IyzicoConfig = { apiKey: string; secretKey: string; uri: string; timeoutMs?: number };

/**
 * The calls the card payment flow makes, as promises over the real `iyzipay` SDK. Every answer is
 * checked before it is returned: Iyzico's `status: "failure"` becomes an IyzicoApiError, no usable
 * answer an IyzicoUnavailableError, and a signature or echoed field that does not match an
 * IyzicoVerificationError. What comes back has been proven to come from Iyzico for these values.
 */
export type IyzicoClient = {
  initializeCheckoutForm(request: CheckoutFormInitializeRequest): Promise<CheckoutFormSession>;
  retrieveCheckoutForm(request: CheckoutFormRetrieveRequest): Promise<CheckoutFormResult>;
  retrievePayment(request: PaymentRetrieveRequest): Promise<PaymentResult>;
  /** refundV2: part or all of a payment. Iyzico does not deduplicate: never send one twice. */
  refund(request: RefundV2Request): Promise<RefundResult>;
  cancel(request: CancelRequest): Promise<CancelResult>;
};

type Callback = (error: Error | null, body: unknown) => void;
type SdkMethod = (params: unknown, callback: Callback) => void;
type SdkResource = { create: SdkMethod; retrieve: SdkMethod };
type Sdk = Record<"checkoutFormInitialize" | "checkoutForm" | "payment" | "refundV2" | "cancel", SdkResource>;

/** iyzipay sets no timeout of its own: without one a silent server would hold the caller forever. */
const DEFAULT_TIMEOUT_MS = 15_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function createIyzicoClient(config: IyzicoConfig): IyzicoClient {
  // The SDK reads its resources folder here, once per client. One client serves concurrent calls: each
  // call's body passes through config shared by all resources, but is read before the call returns.
  const sdk = new Iyzipay({ apiKey: config.apiKey, secretKey: config.secretKey, uri: config.uri }) as unknown as Sdk;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call(resource: keyof Sdk, method: keyof SdkResource, params: object) {
    const target = sdk[resource];
    const pending = promisify(target[method].bind(target))(params);
    // The SDK cannot abort; if the timeout wins, its late failure must not become an unhandled rejection.
    pending.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new IyzicoUnavailableError("timeout", `${resource}.${method}: no answer in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    let body: unknown;
    try {
      body = await Promise.race([pending, timeout]);
    } catch (error) {
      if (error instanceof IyzicoUnavailableError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new IyzicoUnavailableError("network", `${resource}.${method}: ${detail}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    // An error page (HTML, an empty 502) reaches us as a string: postman-request parses only JSON.
    if (!isRecord(body)) throw new IyzicoUnavailableError("malformed", `${resource}.${method}: not a JSON object`);
    if (body.status === "failure") {
      throw new IyzicoApiError(
        text(body.errorCode),
        text(body.errorMessage),
        body.errorGroup ? text(body.errorGroup) : null,
      );
    }
    if (body.status !== "success") {
      throw new IyzicoUnavailableError("malformed", `${resource}.${method}: status ${text(body.status)}`);
    }
    return body;
  }

  function read<T>(what: string, reader: (body: Record<string, unknown>) => T, body: Record<string, unknown>): T {
    try {
      return reader(body);
    } catch (error) {
      throw new IyzicoUnavailableError("malformed", `${what}: ${(error as Error).message}`, { cause: error });
    }
  }

  function verify(kind: SignedResponse, body: Record<string, unknown>, required: boolean): void {
    if (!required && body.signature === undefined) return;
    if (!hasValidResponseSignature(config.secretKey, kind, body)) {
      throw new IyzicoVerificationError(`${kind}: the signature does not match the answer`);
    }
  }

  function expectEcho(kind: string, field: string, received: unknown, sent: string): void {
    if (received !== undefined && received !== null && String(received) !== sent) {
      throw new IyzicoVerificationError(`${kind}: ${field} ${String(received)} answers a request for ${sent}`);
    }
  }

  return {
    async initializeCheckoutForm(request) {
      const body = await call("checkoutFormInitialize", "create", request);
      verify("checkoutFormInitialize", body, true);
      expectEcho("checkoutFormInitialize", "conversationId", body.conversationId, request.conversationId);
      return read("checkoutFormInitialize", readCheckoutFormSession, body);
    },

    async retrieveCheckoutForm(request) {
      const body = await call("checkoutForm", "retrieve", request);
      // A failed payment proves nothing and pays nothing: only a success must be signed.
      verify("checkoutFormRetrieve", body, body.paymentStatus === "SUCCESS");
      expectEcho("checkoutFormRetrieve", "conversationId", body.conversationId, request.conversationId);
      expectEcho("checkoutFormRetrieve", "token", body.token, request.token);
      return read("checkoutFormRetrieve", readCheckoutFormResult, body);
    },

    async retrievePayment(request) {
      const body = await call("payment", "retrieve", request);
      verify("paymentRetrieve", body, body.paymentStatus === "SUCCESS" || body.paymentStatus === undefined);
      expectEcho("paymentRetrieve", "conversationId", body.conversationId, request.conversationId);
      if (request.paymentId) expectEcho("paymentRetrieve", "paymentId", body.paymentId, request.paymentId);
      return read("paymentRetrieve", readPaymentResult, body);
    },

    async refund(request) {
      const body = await call("refundV2", "create", request);
      verify("refundV2", body, true);
      expectEcho("refundV2", "conversationId", body.conversationId, request.conversationId);
      expectEcho("refundV2", "paymentId", body.paymentId, request.paymentId);
      const result = read("refundV2", readRefundResult, body);
      // The amount is outside the signature: an answer for another amount is not our refund.
      if (result.amountKurus !== iyzicoPriceToKurus(request.price)) {
        throw new IyzicoVerificationError(`refundV2: refunded ${result.amountKurus} kuruş, asked ${request.price}`);
      }
      return result;
    },

    async cancel(request) {
      // Iyzico documents no signature for a cancel answer; the echoed ids are all there is to check.
      const body = await call("cancel", "create", request);
      expectEcho("cancel", "conversationId", body.conversationId, request.conversationId);
      expectEcho("cancel", "paymentId", body.paymentId, request.paymentId);
      return read("cancel", readCancelResult, body);
    },
  };
}
