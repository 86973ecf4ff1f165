import "server-only";
import { getDb } from "@/db";
import { getTierTable } from "@/db/queries/pricing";
import type { SessionUser } from "@/lib/auth/session";
import type { AuditActor } from "@/lib/audit";
import { formatIstanbulDate } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { offerMonthlyEstimate } from "./estimate";
import { canSendOffer } from "./status";
import { moveQuote, type TransitionOutcome } from "./transition";

type Admin = Pick<SessionUser, "id" | "email">;
type RequestInfo = { ip: string; requestId: string };

const DAY_MS = 24 * 60 * 60_000;

const adminActor = (admin: Admin): AuditActor => ({ kind: "user", userId: admin.id, email: admin.email });

export async function markQuoteReviewed(admin: Admin, input: { quoteId: string } & RequestInfo, now = new Date()) {
  const db = await getDb();
  return db.transaction((tx) =>
    moveQuote(tx, {
      quoteId: input.quoteId,
      to: "reviewed",
      change: () => ({ reviewedBy: admin.id, reviewedAt: now }),
      actor: adminActor(admin),
      action: "quote.reviewed",
      ip: input.ip,
      requestId: input.requestId,
    }),
  );
}

export async function rejectQuote(
  admin: Admin,
  input: { quoteId: string; reason: string } & RequestInfo,
  now = new Date(),
) {
  const db = await getDb();
  return db.transaction((tx) =>
    moveQuote(tx, {
      quoteId: input.quoteId,
      to: "rejected",
      change: () => ({ rejectionReason: input.reason, reviewedBy: admin.id, reviewedAt: now }),
      actor: adminActor(admin),
      action: "quote.rejected",
      ip: input.ip,
      requestId: input.requestId,
    }),
  );
}

/**
 * Sends the offer: a fresh random link (256 bits, stored only as its SHA-256), the quoted price and
 * validity, and the offer e-mail, all in one transaction. The link itself exists only in the e-mail.
 */
export async function sendQuoteOffer(
  admin: Admin,
  input: { quoteId: string; unitPrice: number; validityDays: number; note?: string } & RequestInfo,
  now = new Date(),
): Promise<TransitionOutcome> {
  const token = randomToken(32);
  const validUntil = new Date(now.getTime() + input.validityDays * DAY_MS);
  return transactionWithEmails(async (tx, queue) => {
    const outcome = await moveQuote(tx, {
      quoteId: input.quoteId,
      to: "quoted",
      change: () => ({
        quotedUnitPrice: input.unitPrice,
        validUntil,
        offerNote: input.note ?? null,
        publicTokenHash: sha256Hex(token),
        quotedAt: now,
      }),
      actor: adminActor(admin),
      action: "quote.offer_sent",
      alsoAllowed: (quote) => canSendOffer(quote, now),
      ip: input.ip,
      requestId: input.requestId,
    });
    if (!outcome.ok) return outcome;
    const quote = outcome.quote;
    const table = await getTierTable({ db: tx, at: now });
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
    return outcome;
  });
}
