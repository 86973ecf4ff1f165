import { AppError } from "@/lib/errors";
import { IYZICO_MESSAGES } from "./messages";

/**
 * What can go wrong talking to Iyzico, as AppErrors so an action that lets one through still answers
 * in Turkish. Callers that must tell them apart (the callback, reconciliation) check the class:
 * - IyzicoUnavailableError: no usable answer (network, timeout, an HTML error page). Nothing is known;
 *   try again later.
 * - IyzicoApiError: Iyzico answered `status: "failure"` with its errorCode and errorMessage.
 * - IyzicoVerificationError: an answer whose signature or echoed fields do not match. Never trusted.
 */

export class IyzicoNotConfiguredError extends AppError {
  constructor() {
    super("IYZICO_NOT_CONFIGURED", IYZICO_MESSAGES.IYZICO_NOT_CONFIGURED);
    this.name = "IyzicoNotConfiguredError";
  }
}

export type UnavailableReason = "network" | "timeout" | "malformed";

export class IyzicoUnavailableError extends AppError {
  constructor(
    readonly reason: UnavailableReason,
    readonly detail: string,
    options: { cause?: unknown } = {},
  ) {
    super("IYZICO_UNAVAILABLE", IYZICO_MESSAGES.IYZICO_UNAVAILABLE, options);
    this.name = "IyzicoUnavailableError";
    this.message = `IYZICO_UNAVAILABLE (${reason}): ${detail}`;
  }
}

export class IyzicoApiError extends AppError {
  constructor(
    /** Iyzico's errorCode, e.g. "10051"; "" when it sent none. */
    readonly providerCode: string,
    /** Iyzico's errorMessage, in the request's locale. For logs and admins, not for customers. */
    readonly providerMessage: string,
    readonly providerGroup: string | null,
  ) {
    super("IYZICO_REFUSED", IYZICO_MESSAGES.IYZICO_REFUSED);
    this.name = "IyzicoApiError";
    this.message = `IYZICO_REFUSED: ${providerCode} ${providerMessage}`;
  }
}

export class IyzicoVerificationError extends AppError {
  constructor(readonly detail: string) {
    super("IYZICO_UNVERIFIED", IYZICO_MESSAGES.IYZICO_UNVERIFIED);
    this.name = "IyzicoVerificationError";
    this.message = `IYZICO_UNVERIFIED: ${detail}`;
  }
}
