/**
 * Payment lifecycle: a payment waits for the provider's answer, then succeeds or fails; a succeeded
 * payment may be refunded in full. A partial refund keeps it `succeeded` and records the refunded
 * amount (payments.refunded_amount), so the status alone never hides money that was kept.
 */
import { statusMachine } from "../status-machine";

export const PAYMENT_STATUSES = ["pending", "succeeded", "failed", "refunded"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const paymentStatus = statusMachine({
  entity: "PAYMENT",
  statuses: PAYMENT_STATUSES,
  labels: {
    pending: "Bekliyor",
    succeeded: "Başarılı",
    failed: "Başarısız",
    refunded: "İade edildi",
  },
  transitions: {
    pending: ["succeeded", "failed"],
    succeeded: ["refunded"],
    failed: [],
    refunded: [],
  },
  refusal(from, to, labels) {
    if (from === to) return `Ödeme zaten "${labels[from]}" durumunda.`;
    if (from === "refunded") return "İade edilmiş bir ödeme değiştirilemez.";
    if (from === "failed") return "Başarısız bir ödeme değiştirilemez.";
    if (to === "refunded") return "Yalnızca başarılı bir ödeme iade edilebilir.";
    if (to === "pending") return "Sonuçlanmış bir ödeme yeniden beklemeye alınamaz.";
    return `Ödeme "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez.`;
  },
});

/**
 * A refund is recorded as `requested` before Iyzico is called, so a retry finds it and never sends
 * it again; Iyzico's answer makes it `succeeded` or `failed`. A lost answer leaves it `requested`
 * (outcome unknown) until someone checks it on Iyzico's side.
 */
export const REFUND_STATUSES = ["requested", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const refundStatus = statusMachine({
  entity: "REFUND",
  statuses: REFUND_STATUSES,
  labels: { requested: "Sonuç bekleniyor", succeeded: "İade edildi", failed: "Başarısız" },
  transitions: { requested: ["succeeded", "failed"], succeeded: [], failed: [] },
  refusal(from, _to, labels) {
    return `İade zaten "${labels[from]}" durumunda.`;
  },
});

/** Where a payment came from, as stored in payments.provider. */
export const PAYMENT_PROVIDER_LABELS: Readonly<Record<string, string>> = {
  iyzico: "Kart (Iyzico)",
  bank_transfer: "Havale/EFT",
};

/** Iyzico's card networks (MASTER_CARD) by the names people know. */
export const CARD_NETWORK_LABELS: Readonly<Record<string, string>> = {
  MASTER_CARD: "Mastercard",
  VISA: "Visa",
  AMERICAN_EXPRESS: "American Express",
  TROY: "Troy",
};
