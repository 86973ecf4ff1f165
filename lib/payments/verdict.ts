/**
 * What Iyzico's answer about a card attempt means for us, decided from the answer and our own rows
 * alone. A payment is accepted only when Iyzico says SUCCESS, its fraud check approved it (1), it
 * names this attempt (conversation id, the invoice number as basket id) and exactly the invoice total
 * was charged in lira. Anything else pays nothing.
 */
import type { PaymentResult } from "../iyzico/responses";

export type AttemptFacts = {
  conversationId: string;
  amount: number;
  invoiceNumber: string | null;
  invoiceTotal: number;
};

export type Verdict =
  { kind: "paid" } | { kind: "failed"; reason: string; review: boolean } | { kind: "pending"; reason: string };

export function judgePayment(result: PaymentResult, attempt: AttemptFacts): Verdict {
  if (result.paymentStatus !== "SUCCESS") {
    const bank = result.failure?.message;
    return { kind: "failed", reason: bank ? `Ödeme onaylanmadı: ${bank}` : "Ödeme onaylanmadı.", review: false };
  }
  if (result.conversationId !== attempt.conversationId || result.basketId !== attempt.invoiceNumber) {
    // Not an answer about this attempt: whatever it is, it settles nothing here.
    return { kind: "pending", reason: "Iyzico'nun yanıtı bu ödeme denemesine ait değil." };
  }
  if (result.fraudStatus === -1) {
    return { kind: "failed", reason: "Ödeme güvenlik kontrolünden geçmedi.", review: true };
  }
  if (result.fraudStatus !== 1) {
    return { kind: "pending", reason: "Ödeme güvenlik incelemesinde." };
  }
  if (
    result.currency !== "TRY" ||
    result.paidPriceKurus !== attempt.invoiceTotal ||
    result.priceKurus !== attempt.invoiceTotal ||
    attempt.amount !== attempt.invoiceTotal
  ) {
    return { kind: "failed", reason: "Çekilen tutar fatura tutarına eşit değil; ödeme inceleniyor.", review: true };
  }
  return { kind: "paid" };
}
