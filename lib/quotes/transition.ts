import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { getQuote } from "@/db/queries/quotes";
import { quoteRequests, type QuoteRequest } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { Context } from "@/lib/context";
import { quoteError } from "./messages";
import { quoteStatus, type QuoteStatus } from "./status";

export type QuoteChange = Partial<
  Pick<
    QuoteRequest,
    | "quotedUnitPrice"
    | "acceptedUnitPrice"
    | "validUntil"
    | "publicTokenHash"
    | "offerNote"
    | "reviewNotes"
    | "rejectionReason"
    | "reviewedBy"
    | "reviewedAt"
    | "quotedAt"
    | "respondedAt"
  >
>;

type Move = {
  quoteId: string;
  to: QuoteStatus;
  change: (quote: QuoteRequest) => QuoteChange;
  /** The audit row's action: `quote.reviewed`, `quote.offer_sent`... */
  action: string;
  /** Allows a move the status machine alone would refuse (e.g. offering again after expiry). */
  alsoAllowed?: (quote: QuoteRequest) => boolean;
  /** The refusal when someone else answered first (operations and visitors word it differently). */
  conflict?: "QUOTE_CONFLICT" | "OFFER_CONFLICT";
};

/**
 * Moves a quote to `to` if the status machine allows it from its current status, or refuses with
 * the machine's reason. The update is conditional on the status read, so of two people moving the
 * same quote at once only the first succeeds; the other is refused and nothing changes. The audit
 * row shares the transaction.
 */
export async function moveQuote(tx: Tx, ctx: Context, move: Move): Promise<QuoteRequest> {
  const current = await getQuote(tx, { quoteId: move.quoteId });
  if (!current) throw quoteError("QUOTE_NOT_FOUND");
  if (!quoteStatus.can(current.status, move.to) && !move.alsoAllowed?.(current)) {
    throw quoteStatus.refusalError(current.status, move.to);
  }
  const change = move.change(current);
  const [updated] = await tx
    .update(quoteRequests)
    .set({ ...change, status: move.to })
    .where(and(eq(quoteRequests.id, current.id), eq(quoteRequests.status, current.status)))
    .returning();
  if (!updated) throw quoteError(move.conflict ?? "QUOTE_CONFLICT");
  const { publicTokenHash: _hidden, ...visible } = change;
  await writeAudit(tx, ctx, {
    action: move.action,
    entityType: "quote",
    entityId: current.id,
    before: { status: current.status },
    after: { status: move.to, ...visible },
  });
  return updated;
}
