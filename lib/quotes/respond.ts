import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { quoteRequests } from "@/db/schema";
import { sha256Hex } from "@/lib/tokens";
import { moveQuote } from "./transition";

export const CUSTOMER_DECLINED_REASON = "Müşteri teklifi reddetti";

export type OfferResponseOutcome =
  { ok: true } | { ok: false; reason: "not_found" | "expired" | "accepted" | "rejected" | "conflict"; message: string };

const MESSAGES = {
  not_found: "Bu teklif bağlantısı geçersiz.",
  expired: "Bu teklifin geçerlilik süresi doldu. Yeni bir teklif için bizimle iletişime geçin.",
  accepted: "Bu teklif zaten kabul edildi.",
  rejected: "Bu teklif artık geçerli değil.",
  conflict: "Bu teklif bu arada yanıtlandı. Sayfayı yenileyin.",
} as const;

const refuse = (reason: keyof typeof MESSAGES): OfferResponseOutcome => ({
  ok: false,
  reason,
  message: MESSAGES[reason],
});

/** Why an offer can no longer be answered, or null when it can. */
export function offerClosedReason(
  offer: { status: string; validUntil: Date | null },
  now = new Date(),
): Exclude<keyof typeof MESSAGES, "conflict" | "not_found"> | null {
  if (offer.status === "accepted") return "accepted";
  if (offer.status === "rejected") return "rejected";
  if (offer.status !== "quoted" || !offer.validUntil || offer.validUntil.getTime() <= now.getTime()) return "expired";
  return null;
}

export function offerClosedMessage(reason: Exclude<keyof typeof MESSAGES, "conflict" | "not_found">): string {
  return MESSAGES[reason];
}

/**
 * The visitor answers an offer from its link. Accepting records the quoted price as the accepted
 * (contract) price; it creates no order and no invoice. An expired, rejected or answered offer
 * changes nothing.
 */
export async function respondToOffer(
  input: { token: string; decision: "accept" | "decline"; ip: string; requestId: string },
  now = new Date(),
): Promise<OfferResponseOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .select({
        id: quoteRequests.id,
        email: quoteRequests.email,
        status: quoteRequests.status,
        validUntil: quoteRequests.validUntil,
      })
      .from(quoteRequests)
      .where(eq(quoteRequests.publicTokenHash, sha256Hex(input.token)))
      .limit(1);
    if (!offer) return refuse("not_found");
    const closed = offerClosedReason(offer, now);
    if (closed) return refuse(closed);
    const accept = input.decision === "accept";
    const outcome = await moveQuote(tx, {
      quoteId: offer.id,
      to: accept ? "accepted" : "rejected",
      change: (quote) =>
        accept
          ? { acceptedUnitPrice: quote.quotedUnitPrice, respondedAt: now }
          : { rejectionReason: CUSTOMER_DECLINED_REASON, respondedAt: now },
      actor: { kind: "anonymous", email: offer.email },
      action: accept ? "quote.accepted" : "quote.declined",
      ip: input.ip,
      requestId: input.requestId,
    });
    return outcome.ok ? { ok: true } : refuse("conflict");
  });
}
