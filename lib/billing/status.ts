/**
 * Invoice lifecycle: a draft is finalized and sent; a sent invoice is paid, or turns overdue at its
 * deadline and is paid later. An admin may cancel a draft or any unpaid invoice that was sent (never
 * deleted: the number stays in the gapless series). Paid and cancelled invoices are closed.
 */
import { statusMachine } from "../status-machine";

export const INVOICE_STATUSES = ["draft", "sent", "paid", "overdue", "cancelled"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const invoiceStatus = statusMachine({
  entity: "INVOICE",
  statuses: INVOICE_STATUSES,
  labels: {
    draft: "Taslak",
    sent: "Gönderildi",
    paid: "Ödendi",
    overdue: "Gecikmiş",
    cancelled: "İptal edildi",
  },
  transitions: {
    draft: ["sent", "cancelled"],
    sent: ["paid", "overdue", "cancelled"],
    overdue: ["paid", "cancelled"],
    paid: [],
    cancelled: [],
  },
  refusal(from, to, labels) {
    if (from === to) return `Fatura zaten "${labels[from]}" durumunda.`;
    if (from === "paid") return "Ödenmiş bir fatura değiştirilemez.";
    if (from === "cancelled") return "İptal edilmiş bir fatura değiştirilemez.";
    if (to === "draft") return "Gönderilmiş bir fatura taslağa döndürülemez.";
    if (from === "draft") return "Taslak bir fatura önce gönderilmelidir.";
    return `Fatura "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez.`;
  },
});

/** Sent and not yet paid: what the customer still owes. */
export const UNPAID_INVOICE_STATUSES = ["sent", "overdue"] as const satisfies readonly InvoiceStatus[];
