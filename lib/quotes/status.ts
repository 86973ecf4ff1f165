/**
 * Quote lifecycle: pending → reviewed → quoted → accepted | rejected. Operations may quote without a
 * review (a plain request needs none) and may reject any open quote; only a sent offer can be
 * accepted. Accepted and rejected quotes are closed for good.
 */

export const QUOTE_STATUSES = ["pending", "reviewed", "quoted", "accepted", "rejected"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  pending: "Yeni",
  reviewed: "İncelendi",
  quoted: "Teklif gönderildi",
  accepted: "Kabul edildi",
  rejected: "Reddedildi",
};

/** Statuses in which the quote still awaits a decision. */
export const OPEN_QUOTE_STATUSES = ["pending", "reviewed", "quoted"] as const satisfies readonly QuoteStatus[];

const ALLOWED: Record<QuoteStatus, readonly QuoteStatus[]> = {
  pending: ["reviewed", "quoted", "rejected"],
  reviewed: ["quoted", "rejected"],
  quoted: ["accepted", "rejected"],
  accepted: [],
  rejected: [],
};

export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === "string" && (QUOTE_STATUSES as readonly string[]).includes(value);
}

export function isOpenQuote(status: QuoteStatus): boolean {
  return (OPEN_QUOTE_STATUSES as readonly QuoteStatus[]).includes(status);
}

export function quoteStatusLabel(status: QuoteStatus): string {
  return QUOTE_STATUS_LABELS[status];
}

export function nextQuoteStatuses(from: QuoteStatus): readonly QuoteStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: QuoteStatus, to: QuoteStatus): boolean {
  return ALLOWED[from].includes(to);
}

export class InvalidQuoteTransitionError extends Error {
  readonly code = "INVALID_QUOTE_TRANSITION" as const;
  constructor(
    readonly from: QuoteStatus,
    readonly to: QuoteStatus,
  ) {
    super(refusalMessage(from, to));
    this.name = "InvalidQuoteTransitionError";
  }
}

function refusalMessage(from: QuoteStatus, to: QuoteStatus): string {
  if (from === to) return `Teklif zaten "${QUOTE_STATUS_LABELS[from]}" durumunda`;
  if (from === "accepted") return "Kabul edilmiş bir teklif değiştirilemez";
  if (from === "rejected") return "Reddedilmiş bir teklif değiştirilemez";
  if (to === "accepted") return "Yalnızca gönderilmiş bir teklif kabul edilebilir";
  if (to === "reviewed") return "Teklif gönderildikten sonra yeniden incelemeye alınamaz";
  if (to === "pending") return "Bir teklif yeniden yeni talep durumuna alınamaz";
  return `Teklif "${QUOTE_STATUS_LABELS[from]}" durumundan "${QUOTE_STATUS_LABELS[to]}" durumuna geçirilemez`;
}

export function assertTransition(from: QuoteStatus, to: QuoteStatus): void {
  if (!canTransition(from, to)) throw new InvalidQuoteTransitionError(from, to);
}

/**
 * Whether an offer can be sent now: from a new or reviewed quote, or again once a sent offer has
 * expired unanswered (the new offer replaces its link, price and validity).
 */
export function canSendOffer(quote: { status: QuoteStatus; validUntil: Date | null }, now = new Date()): boolean {
  if (canTransition(quote.status, "quoted")) return true;
  return quote.status === "quoted" && quote.validUntil !== null && quote.validUntil.getTime() <= now.getTime();
}
