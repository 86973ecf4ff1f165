import { z } from "zod";
import { hmacSha256Hex, signaturesMatch } from "./signature";

/**
 * Iyzico's payment notifications (docs.iyzico.com/ek-servisler/webhook). The header X-IYZ-SIGNATURE-V3
 * is the lowercase hex HMAC-SHA256, keyed with the secret key, of a plain concatenation (no separator)
 * that starts with the secret key itself:
 *   hosted pages (checkout form, pay with iyzico):
 *     secretKey + iyziEventType + iyziPaymentId + token + paymentConversationId + status
 *   direct API payments:
 *     secretKey + iyziEventType + paymentId + paymentConversationId + status
 * Iyzico's worked examples for both are in iyzipay-php's samples/webhook_Signature_Validation.php and
 * are this module's unit-test vectors. A notification only says "look again": whoever receives one
 * confirms the payment by asking Iyzico, never from the body alone.
 */
export const WEBHOOK_SIGNATURE_HEADER = "x-iyz-signature-v3";

// Iyzico sends ids as JSON numbers (`"iyziPaymentId": 22483975`); the signature uses their digits.
const numericId = z.union([
  z.string().regex(/^\d{1,20}$/),
  z
    .number()
    .int()
    .nonnegative()
    .refine((value) => Number.isSafeInteger(value))
    .transform(String),
]);
const text = z.string().min(1).max(200);

const common = {
  iyziEventType: text,
  iyziReferenceCode: text,
  iyziEventTime: z.number().int().optional(),
  paymentConversationId: z.string().max(200),
  status: text,
  merchantId: numericId.optional(),
};

const hostedPageSchema = z.object({ ...common, token: text, iyziPaymentId: numericId });
const directSchema = z.object({ ...common, paymentId: numericId, iyziPaymentId: numericId.optional() });

export type HostedPageWebhook = z.infer<typeof hostedPageSchema> & { format: "hosted-page" };
export type DirectWebhook = z.infer<typeof directSchema> & { format: "direct" };
export type IyzicoWebhook = HostedPageWebhook | DirectWebhook;

/** Reads a notification body (already JSON-parsed); null when it has neither known shape. */
export function parseIyzicoWebhook(body: unknown): IyzicoWebhook | null {
  const hosted = hostedPageSchema.safeParse(body);
  if (hosted.success) return { ...hosted.data, format: "hosted-page" };
  const direct = directSchema.safeParse(body);
  if (direct.success) return { ...direct.data, format: "direct" };
  return null;
}

export function webhookSignature(secretKey: string, event: IyzicoWebhook): string {
  const data =
    event.format === "hosted-page"
      ? secretKey + event.iyziEventType + event.iyziPaymentId + event.token + event.paymentConversationId + event.status
      : secretKey + event.iyziEventType + event.paymentId + event.paymentConversationId + event.status;
  return hmacSha256Hex(secretKey, data);
}

export type WebhookCheck =
  { ok: true; event: IyzicoWebhook } | { ok: false; reason: "malformed" | "missing-signature" | "bad-signature" };

/** A notification whose signature proves it came from Iyzico, or the reason it is refused. */
export function verifyIyzicoWebhook(
  secretKey: string,
  body: unknown,
  signatureHeader: string | null | undefined,
): WebhookCheck {
  if (!signatureHeader) return { ok: false, reason: "missing-signature" };
  const event = parseIyzicoWebhook(body);
  if (!event) return { ok: false, reason: "malformed" };
  if (!signaturesMatch(webhookSignature(secretKey, event), signatureHeader)) {
    return { ok: false, reason: "bad-signature" };
  }
  return { ok: true, event };
}
