import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { QuoteStatus } from "@/lib/quotes/status";
import { sha256Hex } from "@/lib/tokens";
import { getDb, type DbOrTx } from "../index";
import { quoteRequests } from "../schema";

export class QuoteNotFoundError extends Error {
  readonly code = "QUOTE_NOT_FOUND" as const;
}

export const QUOTE_PAGE_SIZE = 20;

/** `%` and `_` typed by the user are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export async function listQuotes(params: { status?: QuoteStatus; search?: string; page: number }) {
  const db = await getDb();
  const conditions: SQL[] = [];
  if (params.status) conditions.push(eq(quoteRequests.status, params.status));
  const search = params.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    conditions.push(
      or(
        ilike(quoteRequests.companyName, pattern),
        ilike(quoteRequests.contactName, pattern),
        ilike(quoteRequests.email, pattern),
      )!,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: quoteRequests.id,
        referenceNumber: quoteRequests.referenceNumber,
        companyName: quoteRequests.companyName,
        contactName: quoteRequests.contactName,
        email: quoteRequests.email,
        monthlyVolume: quoteRequests.monthlyVolume,
        status: quoteRequests.status,
        needsReview: quoteRequests.needsReview,
        calculatedUnitPrice: quoteRequests.calculatedUnitPrice,
        quotedUnitPrice: quoteRequests.quotedUnitPrice,
        acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
        createdAt: quoteRequests.createdAt,
      })
      .from(quoteRequests)
      .where(where)
      .orderBy(desc(quoteRequests.createdAt), desc(quoteRequests.id))
      .limit(QUOTE_PAGE_SIZE)
      .offset((params.page - 1) * QUOTE_PAGE_SIZE),
    db.select({ value: count() }).from(quoteRequests).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** Every field of one quote, for the operations detail page. */
export async function getQuoteOrThrow(params: { id: string; db?: DbOrTx }) {
  const db = params.db ?? (await getDb());
  const [row] = await db.select().from(quoteRequests).where(eq(quoteRequests.id, params.id)).limit(1);
  if (!row) throw new QuoteNotFoundError();
  return row;
}

/** The offer behind a link from the offer e-mail; the link's token is only ever compared as its hash. */
export async function getOfferByToken(params: { token: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: quoteRequests.id,
      referenceNumber: quoteRequests.referenceNumber,
      companyName: quoteRequests.companyName,
      contactName: quoteRequests.contactName,
      monthlyVolume: quoteRequests.monthlyVolume,
      status: quoteRequests.status,
      quotedUnitPrice: quoteRequests.quotedUnitPrice,
      acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
      validUntil: quoteRequests.validUntil,
      offerNote: quoteRequests.offerNote,
    })
    .from(quoteRequests)
    .where(eq(quoteRequests.publicTokenHash, sha256Hex(params.token)))
    .limit(1);
  return row ?? null;
}

/** A customer's own quotes, newest first, for the portal's short list. */
export async function listCustomerQuotes(params: { customerId: string; limit?: number }) {
  const db = await getDb();
  return db
    .select({
      id: quoteRequests.id,
      referenceNumber: quoteRequests.referenceNumber,
      monthlyVolume: quoteRequests.monthlyVolume,
      status: quoteRequests.status,
      calculatedUnitPrice: quoteRequests.calculatedUnitPrice,
      quotedUnitPrice: quoteRequests.quotedUnitPrice,
      acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
      createdAt: quoteRequests.createdAt,
    })
    .from(quoteRequests)
    .where(eq(quoteRequests.customerId, params.customerId))
    .orderBy(desc(quoteRequests.createdAt), desc(quoteRequests.id))
    .limit(params.limit ?? 10);
}
