/** What card payments' refusals say, in one place (lib/errors.ts). */
import { errorFactory } from "../errors";

export const PAYMENT_MESSAGES = {
  INVOICE_NOT_FOUND: "Fatura bulunamadı.",
  INVOICE_NOT_PAYABLE: "Bu fatura ödeme beklemiyor.",
  PAYMENT_NOT_FOUND: "Ödeme bulunamadı.",
  TOO_MANY_ATTEMPTS: "Çok fazla ödeme denemesi yapıldı. Lütfen biraz sonra tekrar deneyin.",
  PAYMENT_START_FAILED: "Ödeme sayfası açılamadı. Lütfen birkaç dakika sonra yeniden deneyin.",
  REFUND_NOT_CARD: "Yalnızca kartla alınmış bir ödeme buradan iade edilebilir.",
  REFUND_NOT_REFUNDABLE: "Bu ödeme iade edilebilir durumda değil.",
  REFUND_TOO_LARGE: "İade tutarı, ödemenin iade edilmemiş kısmından fazla olamaz.",
  REFUND_IN_PROGRESS:
    "Bu ödeme için sonucu beklenen bir iade var; iki kez iade edilmemesi için yeni bir iade gönderilmedi.",
  REFUND_ALREADY_SENT: "Bu iade isteği zaten gönderildi; yeniden gönderilmedi.",
  REFUND_OUTCOME_UNKNOWN:
    "İade isteği Iyzico'ya gönderildi ancak yanıt alınamadı. İki kez iade edilmemesi için yeniden gönderilmeyecek; sonucu Iyzico panelinden kontrol edin.",
  REFUND_REFUSED: "Iyzico iadeyi kabul etmedi; para iade edilmedi.",
} as const;

export type PaymentErrorCode = keyof typeof PAYMENT_MESSAGES;

export const paymentError = errorFactory(PAYMENT_MESSAGES);
