import { createHmac, randomUUID } from "node:crypto";
import type { Payment, Session } from "./store";

/**
 * Iyzico's notifications, in its two payment formats (docs.iyzico.com/ek-servisler/webhook):
 * hosted-page payments (checkout form: CHECKOUT_FORM_AUTH, with `token` and `iyziPaymentId`) and direct
 * API payments (API_AUTH, with `paymentId`). Ids are JSON numbers, as Iyzico sends them. The
 * X-IYZ-SIGNATURE-V3 header is computed here from Iyzico's formulas, independently of lib/iyzico.
 */

export const MERCHANT_ID = 3382172;

export type WebhookOptions = {
  format?: "hosted-page" | "direct";
  /** Defaults to the session's outcome: SUCCESS when paid, FAILURE otherwise. */
  status?: string;
  eventType?: string;
  /** Sign with another key (a forger's), or send no signature header at all with null. */
  signWith?: string | null;
  /** Another conversation id, signed (what only Iyzico could send: a mix-up on its side). */
  conversationId?: string;
  /** Fields changed after signing, as a tamperer would. */
  tamper?: Record<string, unknown>;
};

export type WebhookDelivery = {
  payload: Record<string, unknown>;
  headers: Record<string, string>;
};

export function buildWebhook(
  secretKey: string,
  session: Session,
  payment: Payment | undefined,
  options: WebhookOptions = {},
): WebhookDelivery {
  const format = options.format ?? "hosted-page";
  const status = options.status ?? (payment ? "SUCCESS" : "FAILURE");
  const eventType = options.eventType ?? (format === "hosted-page" ? "CHECKOUT_FORM_AUTH" : "API_AUTH");
  const paymentId = Number(payment?.paymentId ?? 0);
  const conversationId = options.conversationId ?? session.conversationId;
  const common = {
    paymentConversationId: conversationId,
    merchantId: MERCHANT_ID,
    status,
    iyziReferenceCode: randomUUID(),
    iyziEventType: eventType,
    iyziEventTime: Date.now(),
    iyziPaymentId: paymentId,
  };
  const payload: Record<string, unknown> =
    format === "hosted-page" ? { ...common, token: session.token } : { ...common, paymentId };
  const key = options.signWith === undefined ? secretKey : options.signWith;
  const data =
    format === "hosted-page"
      ? `${key}${eventType}${paymentId}${session.token}${conversationId}${status}`
      : `${key}${eventType}${paymentId}${conversationId}${status}`;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== null) headers["x-iyz-signature-v3"] = createHmac("sha256", key).update(data).digest("hex");
  return { payload: { ...payload, ...options.tamper }, headers };
}
