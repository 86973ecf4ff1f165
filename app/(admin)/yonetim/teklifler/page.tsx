import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/quotes/pagination";
import { QuoteFilters, quoteListHref } from "@/components/admin/quotes/quote-filters";
import { listQuotes, QUOTE_PAGE_SIZE } from "@/db/queries/quotes";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { isQuoteStatus, QUOTE_STATUS_LABELS } from "@/lib/quotes/status";

export const metadata: Metadata = { title: "Teklifler" };

type Search = { durum?: string | string[]; q?: string | string[]; sayfa?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function QuotesInboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAdmin();
  const params = await searchParams;
  const durum = first(params.durum);
  const status = isQuoteStatus(durum) ? durum : undefined;
  const search = first(params.q)?.trim().slice(0, 200) || undefined;
  const page = Math.max(1, Number.parseInt(first(params.sayfa) ?? "1", 10) || 1);
  const { rows, total } = await listQuotes({ status, search, page });
  const pages = Math.max(1, Math.ceil(total / QUOTE_PAGE_SIZE));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Teklifler</h1>
      <QuoteFilters status={status} search={search} />
      <p className="text-sm text-stone-600">{total} talep</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Teklif talepleri, en yeni önce</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">
                Tarih
              </th>
              <th scope="col" className="px-4 py-2">
                Referans
              </th>
              <th scope="col" className="px-4 py-2">
                Firma
              </th>
              <th scope="col" className="px-4 py-2">
                Yetkili
              </th>
              <th scope="col" className="px-4 py-2">
                Aylık adet
              </th>
              <th scope="col" className="px-4 py-2">
                Fiyat
              </th>
              <th scope="col" className="px-4 py-2">
                Durum
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((quote) => (
              <tr key={quote.id} className="border-t border-stone-200">
                <td className="px-4 py-2 whitespace-nowrap">{formatIstanbulDateTime(quote.createdAt)}</td>
                <td className="px-4 py-2 whitespace-nowrap">
                  <Link href={`/yonetim/teklifler/${quote.id}`} className="text-brand-700 underline">
                    {quote.referenceNumber}
                  </Link>
                </td>
                <td className="px-4 py-2">{quote.companyName}</td>
                <td className="px-4 py-2">
                  {quote.contactName}
                  <span className="block text-xs text-stone-500">{quote.email}</span>
                </td>
                <td className="px-4 py-2">{quote.monthlyVolume}</td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {formatKurus(quote.acceptedUnitPrice ?? quote.quotedUnitPrice ?? quote.calculatedUnitPrice)}
                </td>
                <td className="px-4 py-2">
                  {QUOTE_STATUS_LABELS[quote.status]}
                  {quote.needsReview && quote.status === "pending" && (
                    <span className="block text-xs text-amber-700">İnceleme gerekli</span>
                  )}
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="px-4 py-6 text-center text-stone-500">
                  Bu ölçütlere uyan talep yok.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} href={(number) => quoteListHref({ status, search }, number)} />
    </div>
  );
}
