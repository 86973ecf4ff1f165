import "server-only";
import { getDb } from "@/db";
import { listInvoicePayments, type InvoicePayment } from "@/db/queries/payments";
import { isCardPaymentConfigured } from "../iyzico/config";
import { ATTEMPT_LIFETIME_MS } from "./settle";
import { CARD_NETWORK_LABELS } from "./status";

export type { InvoicePayment };

/**
 * What an invoice page shows about paying: whether card payment is on, the invoice's payments
 * (`customerId` null for operations) and the customer's last card attempt when it is still open or
 * just failed, so the page can say what became of it.
 */
export async function invoicePaymentsView(params: { invoiceId: string; customerId: string | null }, now = new Date()) {
  const list = await listInvoicePayments(await getDb(), params);
  const lastCard = list.find((payment) => payment.provider === "iyzico");
  const recent = lastCard && now.getTime() - lastCard.createdAt.getTime() < ATTEMPT_LIFETIME_MS;
  return {
    cardEnabled: isCardPaymentConfigured(),
    payments: list,
    openAttempt: lastCard?.status === "pending" && recent ? lastCard : null,
    failedAttempt: lastCard?.status === "failed" && recent ? lastCard : null,
  };
}

/** "MASTER_CARD **** 0008" → "Mastercard •••• 0008" for people. */
export function cardLabel(payment: { cardAssociation: string | null; cardLastFour: string | null }): string | null {
  if (!payment.cardLastFour) return null;
  const network = payment.cardAssociation
    ? (CARD_NETWORK_LABELS[payment.cardAssociation] ?? payment.cardAssociation)
    : "Kart";
  return `${network} •••• ${payment.cardLastFour}`;
}
