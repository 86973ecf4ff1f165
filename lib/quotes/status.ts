/**
 * Quote lifecycle: pending → reviewed → quoted → accepted | rejected. Operations may quote without a
 * review (a plain request needs none) and may reject any open quote; only a sent offer can be
 * accepted. Accepted and rejected quotes are closed for good.
 */
import { statusMachine } from "../status-machine";

export const QUOTE_STATUSES = ["pending", "reviewed", "quoted", "accepted", "rejected"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const quoteStatus = statusMachine({
  entity: "QUOTE",
  statuses: QUOTE_STATUSES,
  labels: {
    pending: "Yeni",
    reviewed: "İncelendi",
    quoted: "Teklif gönderildi",
    accepted: "Kabul edildi",
    rejected: "Reddedildi",
  },
  transitions: {
    pending: ["reviewed", "quoted", "rejected"],
    reviewed: ["quoted", "rejected"],
    quoted: ["accepted", "rejected"],
    accepted: [],
    rejected: [],
  },
  refusal(from, to, labels) {
    if (from === to) return `Teklif zaten "${labels[from]}" durumunda.`;
    if (from === "accepted") return "Kabul edilmiş bir teklif değiştirilemez.";
    if (from === "rejected") return "Reddedilmiş bir teklif değiştirilemez.";
    if (to === "accepted") return "Yalnızca gönderilmiş bir teklif kabul edilebilir.";
    if (to === "reviewed") return "Teklif gönderildikten sonra yeniden incelemeye alınamaz.";
    if (to === "pending") return "Bir teklif yeniden yeni talep durumuna alınamaz.";
    return `Teklif "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez.`;
  },
});

/**
 * Whether an offer can be sent now: from a new or reviewed quote, or again once a sent offer has
 * expired unanswered (the new offer replaces its link, price and validity).
 */
export function canSendOffer(quote: { status: QuoteStatus; validUntil: Date | null }, now = new Date()): boolean {
  if (quoteStatus.can(quote.status, "quoted")) return true;
  return quote.status === "quoted" && quote.validUntil !== null && quote.validUntil.getTime() <= now.getTime();
}
