import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { quoteRequests, type QuoteRequest } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { InvalidQuoteTransitionError, canTransition, type QuoteStatus } from "./status";

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

export type TransitionOutcome =
  { ok: true; quote: QuoteRequest } | { ok: false; reason: "not_found" | "refused" | "conflict"; message: string };

export const QUOTE_NOT_FOUND_MESSAGE = "Teklif bulunamadı.";
export const QUOTE_CONFLICT_MESSAGE =
  "Teklif bu arada başka biri tarafından değiştirildi. Sayfayı yenileyip tekrar deneyin.";

type Move = {
  quoteId: string;
  to: QuoteStatus;
  change: (quote: QuoteRequest) => QuoteChange | Promise<QuoteChange>;
  actor: AuditActor;
  action: string;
  /** Allows a move the status machine alone would refuse (e.g. offering again after expiry). */
  alsoAllowed?: (quote: QuoteRequest) => boolean;
  ip: string | null;
  requestId: string | null;
};

/**
 * Moves a quote to `to` if the status machine allows it from its current status. The update is
 * conditional on the status read, so of two people moving the same quote at once only the first
 * succeeds; the other gets `conflict` and nothing changes. The audit row shares the transaction.
 */
export async function moveQuote(tx: Tx, move: Move): Promise<TransitionOutcome> {
  const [current] = await tx.select().from(quoteRequests).where(eq(quoteRequests.id, move.quoteId)).limit(1);
  if (!current) return { ok: false, reason: "not_found", message: QUOTE_NOT_FOUND_MESSAGE };
  if (!canTransition(current.status, move.to) && !move.alsoAllowed?.(current)) {
    return {
      ok: false,
      reason: "refused",
      message: `${new InvalidQuoteTransitionError(current.status, move.to).message}.`,
    };
  }
  const change = await move.change(current);
  const [updated] = await tx
    .update(quoteRequests)
    .set({ ...change, status: move.to })
    .where(and(eq(quoteRequests.id, current.id), eq(quoteRequests.status, current.status)))
    .returning();
  if (!updated) return { ok: false, reason: "conflict", message: QUOTE_CONFLICT_MESSAGE };
  const { publicTokenHash: _hidden, ...visible } = change;
  await writeAudit(tx, {
    actor: move.actor,
    action: move.action,
    entityType: "quote",
    entityId: current.id,
    before: { status: current.status },
    after: { status: move.to, ...visible },
    ip: move.ip,
    requestId: move.requestId,
  });
  return { ok: true, quote: updated };
}
