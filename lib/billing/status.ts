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

export const BILLING_RUN_LABELS: Record<BillingRunStatus, string> = {
  running: "Sürüyor",
  completed: "Tamamlandı",
  failed: "Yarıda kaldı",
};
