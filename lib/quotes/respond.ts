import "server-only";
import { getOfferByToken } from "@/db/queries/quotes";
import { withActor, type Context } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { formatKurus } from "@/lib/money";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { quoteError } from "./messages";
import type { QuoteStatus } from "./status";
import { moveQuote } from "./transition";

export const CUSTOMER_DECLINED_REASON = "Müşteri teklifi reddetti";

export type OfferClosedReason =
  "OFFER_ACCEPTED" | "OFFER_ACCOUNT_OPEN" | "OFFER_REJECTED" | "OFFER_DECLINED" | "OFFER_EXPIRED";

/**
 * Why an offer can no longer be answered (a code of QUOTE_MESSAGES), or null when it can. An accepted
 * offer whose account is open (the quote has its customer) and one the shop itself declined say so.
 */
export function offerClosedReason(
  offer: { status: QuoteStatus; validUntil: Date | null; customerId: string | null; rejectionReason: string | null },
  now = new Date(),
): OfferClosedReason | null {
  if (offer.status === "accepted") return offer.customerId ? "OFFER_ACCOUNT_OPEN" : "OFFER_ACCEPTED";
  if (offer.status === "rejected") {
    return offer.rejectionReason === CUSTOMER_DECLINED_REASON ? "OFFER_DECLINED" : "OFFER_REJECTED";
  }
  if (offer.status !== "quoted" || !offer.validUntil || offer.validUntil.getTime() <= now.getTime()) {
    return "OFFER_EXPIRED";
  }
  return null;
}

/**
 * The visitor answers an offer from its link. Accepting records the quoted price as the accepted
 * (contract) price; it creates no order and no invoice. An expired, rejected or answered offer
 * changes nothing. The audit row names the visitor by the offer's e-mail address; operations get an
 * alert either way.
 */
export async function respondToOffer(
  ctx: Context,
  input: { token: string; decision: "accept" | "decline" },
  now = new Date(),
): Promise<{ quoteId: string; status: "accepted" | "rejected" }> {
  return transactionWithEmails(async (tx) => {
    const offer = await getOfferByToken(tx, { token: input.token });
    if (!offer) throw quoteError("OFFER_NOT_FOUND");
    const closed = offerClosedReason(offer, now);
    if (closed) throw quoteError(closed);
    const accept = input.decision === "accept";
    const visitor = withActor(ctx, { kind: "anonymous", email: offer.email });
    const quote = await moveQuote(tx, visitor, {
      quoteId: offer.id,
      to: accept ? "accepted" : "rejected",
      change: (current) =>
        accept
          ? { acceptedUnitPrice: current.quotedUnitPrice, respondedAt: now }
          : { rejectionReason: CUSTOMER_DECLINED_REASON, respondedAt: now },
      action: accept ? "quote.accepted" : "quote.declined",
      conflict: "OFFER_CONFLICT",
    });
    await queueOpsAlert(tx, visitor, "offer_answered", {
      summary: `${offer.companyName} teklifi ${accept ? "kabul etti" : "reddetti"} (${offer.referenceNumber})`,
      details: {
        Yanıt: accept ? "Kabul" : "Ret",
        "Teklif edilen birim fiyat": offer.quotedUnitPrice === null ? "–" : formatKurus(offer.quotedUnitPrice),
        "Aylık sipariş adedi": offer.monthlyVolume,
      },
      path: `/yonetim/teklifler/${offer.id}`,
    });
    return { quoteId: quote.id, status: accept ? "accepted" : "rejected" };
  });
}
