import "server-only";
import { getDb } from "@/db";
import { getTierTable } from "@/db/queries/pricing";
import type { QuoteRequest } from "@/db/schema";
import type { AdminContext } from "@/lib/context";
import { formatIstanbulDate } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { offerMonthlyEstimate } from "./estimate";
import { canSendOffer } from "./status";
import { moveQuote } from "./transition";

const DAY_MS = 24 * 60 * 60_000;

export async function markQuoteReviewed(ctx: AdminContext, input: { quoteId: string }, now = new Date()) {
  const db = await getDb();
  return db.transaction((tx) =>
    moveQuote(tx, ctx, {
      quoteId: input.quoteId,
      to: "reviewed",
      change: () => ({ reviewedBy: ctx.actor.id, reviewedAt: now }),
      action: "quote.reviewed",
    }),
  );
}

export async function rejectQuote(ctx: AdminContext, input: { quoteId: string; reason: string }, now = new Date()) {
  const db = await getDb();
  return db.transaction((tx) =>
    moveQuote(tx, ctx, {
      quoteId: input.quoteId,
      to: "rejected",
      change: () => ({ rejectionReason: input.reason, reviewedBy: ctx.actor.id, reviewedAt: now }),
      action: "quote.rejected",
    }),
  );
}

/**
 * Sends the offer: a fresh random link (256 bits, stored only as its SHA-256), the quoted price and
 * validity, and the offer e-mail, all in one transaction. The link itself exists only in the e-mail.
 */
export async function sendQuoteOffer(
  ctx: AdminContext,
  input: { quoteId: string; unitPrice: number; validityDays: number; note?: string },
  now = new Date(),
): Promise<QuoteRequest> {
  const token = randomToken(32);
  const validUntil = new Date(now.getTime() + input.validityDays * DAY_MS);
  return transactionWithEmails(async (tx, queue) => {
    const quote = await moveQuote(tx, ctx, {
      quoteId: input.quoteId,
      to: "quoted",
      change: () => ({
        quotedUnitPrice: input.unitPrice,
        validUntil,
        offerNote: input.note ?? null,
        publicTokenHash: sha256Hex(token),
        quotedAt: now,
      }),
      action: "quote.offer_sent",
      alsoAllowed: (current) => canSendOffer(current, now),
    });
    const table = await getTierTable(tx, { at: now });
    await queue({
      to: quote.email,
      template: "offer",
      data: {
        contactName: quote.contactName,
        companyName: quote.companyName,
        referenceNumber: quote.referenceNumber,
        unitPrice: input.unitPrice,
        monthlyEstimate: offerMonthlyEstimate(table, quote.monthlyVolume, input.unitPrice),
        validUntil: formatIstanbulDate(validUntil),
        note: input.note ?? null,
        offerUrl: new URL(`/teklif/${token}`, env().APP_URL).toString(),
      },
    });
    return quote;
  });
}
