/**
 * Invoice lifecycle: draft → sent → paid, or overdue after the due time, or cancelled by an admin.
 * A draft has no number yet; a cancelled invoice keeps the number it had (never deleted), and a paid
 * or cancelled invoice is closed for good (a refund is recorded on the payment, not as a status).
 */
import { statusMachine } from "../status-machine";

export const INVOICE_STATUSES = ["draft", "sent", "paid", "overdue", "cancelled"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Invoices the customer still has to pay. */
export const OPEN_INVOICE_STATUSES = ["sent", "overdue"] as const satisfies readonly InvoiceStatus[];

export const invoiceStatus = statusMachine({
  entity: "INVOICE",
  statuses: INVOICE_STATUSES,
  labels: {
    draft: "Taslak",
    sent: "Ödeme bekleniyor",
    paid: "Ödendi",
    overdue: "Vadesi geçti",
    cancelled: "İptal edildi",
  },
  transitions: {
    draft: ["sent", "cancelled"],
    sent: ["paid", "overdue", "cancelled"],
    overdue: ["paid", "cancelled"],
    paid: [],
    cancelled: [],
  },
  refusal: (from, to, labels) => {
    if (from === to) return `Fatura zaten "${labels[from]}" durumunda.`;
    if (from === "paid") return "Ödenmiş bir fatura değiştirilemez; gerekirse ödemeyi iade edin.";
    if (from === "cancelled") return "İptal edilmiş bir fatura değiştirilemez.";
    if (to === "draft") return "Gönderilmiş bir fatura taslağa döndürülemez.";
    if (to === "paid") return "Taslak bir fatura ödenemez; önce faturayı kesin.";
    return `Fatura "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez.`;
  },
});

/**
 * A billing run (lib/billing/run.ts): running until it completes or fails. A run that stopped (its
 * process ended) is recorded as failed when the next run of its period starts.
 */
export const BILLING_RUN_STATUSES = ["running", "completed", "failed"] as const;
export type BillingRunStatus = (typeof BILLING_RUN_STATUSES)[number];

/**
 * A run that has not moved on (started, or finished a chunk) for this long is taken as stopped: its
 * process died before recording an outcome, and it must not keep its period from being billed. The
 * next run of the period records it as failed (lib/billing/run.ts); the screens show it stopped at
 * once. A chunk of 1,000 customers takes a fraction of a second (tests/bench/billing.ts), so half an
 * hour without one is no slow run.
 */
export const RUN_STALE_MINUTES = 30;

/** How a run is shown: one still `running` that has not moved on for RUN_STALE_MINUTES has stopped. */
export type BillingRunState = BillingRunStatus | "stalled";

export function billingRunState(run: { status: BillingRunStatus; progressAt: Date }, now: Date): BillingRunState {
  const stale = now.getTime() - run.progressAt.getTime() > RUN_STALE_MINUTES * 60_000;
  return run.status === "running" && stale ? "stalled" : run.status;
}

export const BILLING_RUN_LABELS: Record<BillingRunState, string> = {
  running: "Sürüyor",
  completed: "Tamamlandı",
  failed: "Yarıda kaldı",
  stalled: "Durmuş",
};

export type PaymentMethod = "card" | "bank_transfer";
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  card: "Kredi kartı",
  bank_transfer: "Havale/EFT",
};
