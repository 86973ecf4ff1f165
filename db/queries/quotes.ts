import { and, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { pageCount } from "@/lib/list-params";
import { QUOTE_PAGE_SIZE, type QuoteListQuery } from "@/lib/quotes/filters";
import { sha256Hex } from "@/lib/tokens";
import type { DbOrTx } from "../index";
import { quoteRequests } from "../schema";
import { exportSource, istanbulText } from "./export-source";
import { isRowId } from "@/lib/row-id";

/** `%` and `_` typed by the user are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The inbox's filters as one condition: the list and its CSV export. */
export function quoteListWhere(filters: Pick<QuoteListQuery, "status" | "search">): SQL | undefined {
  const search = filters.search?.trim();
  const pattern = search ? likePattern(search) : null;
  return and(
    filters.status ? eq(quoteRequests.status, filters.status) : undefined,
    pattern
      ? or(
          ilike(quoteRequests.companyName, pattern),
          ilike(quoteRequests.contactName, pattern),
          ilike(quoteRequests.email, pattern),
        )
      : undefined,
  );
}

/** Operations' inbox: every quote request, newest first, 20 a page. */
export async function listQuotes(db: DbOrTx, filters: QuoteListQuery) {
  const where = quoteListWhere(filters);
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
      .offset((filters.page - 1) * QUOTE_PAGE_SIZE),
    db.select({ value: count() }).from(quoteRequests).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: pageCount(totalCount, QUOTE_PAGE_SIZE) };
}

/** Every field of one quote (operations' detail page, the moves of lib/quotes), or null. */
export async function getQuote(db: DbOrTx, params: { quoteId: string }) {
  if (!isRowId(params.quoteId)) return null;
  const [row] = await db.select().from(quoteRequests).where(eq(quoteRequests.id, params.quoteId)).limit(1);
  return row ?? null;
}

/**
 * The offer behind a link from the offer e-mail, or null; the link's token is only ever compared as
 * its hash, and a text longer than any token is not hashed at all.
 */
export async function getOfferByToken(db: DbOrTx, params: { token: string }) {
  if (params.token.length > 200) return null;
  const [row] = await db
    .select({
      id: quoteRequests.id,
      referenceNumber: quoteRequests.referenceNumber,
      companyName: quoteRequests.companyName,
      contactName: quoteRequests.contactName,
      email: quoteRequests.email,
      monthlyVolume: quoteRequests.monthlyVolume,
      status: quoteRequests.status,
      quotedUnitPrice: quoteRequests.quotedUnitPrice,
      acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
      validUntil: quoteRequests.validUntil,
      offerNote: quoteRequests.offerNote,
      /** Set once an account is opened from the quote. */
      customerId: quoteRequests.customerId,
      rejectionReason: quoteRequests.rejectionReason,
    })
    .from(quoteRequests)
    .where(eq(quoteRequests.publicTokenHash, sha256Hex(params.token)))
    .limit(1);
  return row ?? null;
}

/** A customer's own quotes, newest first, for the portal's short list. */
export async function listCustomerQuotes(db: DbOrTx, params: { customerId: string; limit?: number }) {
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

export type QuoteExportRow = {
  reference_number: string;
  company_name: string;
  contact_name: string;
  email: string;
  phone: string;
  monthly_volume: string;
  status: string;
  needs_review: boolean;
  calculated_unit_price: number;
  quoted_unit_price: number | null;
  accepted_unit_price: number | null;
  created_at: string;
};

/** The inbox's filtered rows for the CSV export, newest first like the list. */
export function quoteExport(params: { filters: QuoteListQuery }) {
  return exportSource<QuoteExportRow>({
    columns: sql`${quoteRequests.referenceNumber} as reference_number, ${quoteRequests.companyName} as company_name,
      ${quoteRequests.contactName} as contact_name, ${quoteRequests.email} as email, ${quoteRequests.phone} as phone,
      ${quoteRequests.monthlyVolume}::text as monthly_volume, ${quoteRequests.status}::text as status,
      ${quoteRequests.needsReview} as needs_review, ${quoteRequests.calculatedUnitPrice} as calculated_unit_price,
      ${quoteRequests.quotedUnitPrice} as quoted_unit_price, ${quoteRequests.acceptedUnitPrice} as accepted_unit_price,
      ${istanbulText(quoteRequests.createdAt, { time: true })} as created_at`,
    from: sql`${quoteRequests}`,
    where: quoteListWhere(params.filters),
    order: {
      columns: [
        { column: quoteRequests.createdAt, kind: "timestamp" },
        { column: quoteRequests.id, kind: "uuid" },
      ],
      direction: "desc",
    },
  });
}
