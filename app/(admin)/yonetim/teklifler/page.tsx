import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { query } from "@/db";
import { listQuotes } from "@/db/queries/quotes";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { quoteList } from "@/lib/quotes/filters";
import { quoteStatus } from "@/lib/quotes/status";
import { QuoteFilters } from "./quote-filters";

export const metadata: Metadata = { title: "Teklifler" };

const PATH = "/yonetim/teklifler";

export default async function QuotesInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const filters = quoteList.parse(await searchParams);
  const { rows, total, pageCount } = await query(listQuotes, filters);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Teklifler</h1>
      <QuoteFilters path={PATH} status={filters.status} search={filters.search} />
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
                  <Link href={`${PATH}/${quote.id}`} className="text-brand-700 underline">
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
                  {quoteStatus.label(quote.status)}
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
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        href={(page) => quoteList.href(PATH, { ...filters, page })}
      />
    </div>
  );
}
