import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { PageHeader } from "@/components/layout/page-header";
import { QuoteStatusBadge } from "@/components/status/quote-status-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { query } from "@/db";
import { listQuotes } from "@/db/queries/quotes";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { QUOTE_PAGE_SIZE, quoteList } from "@/lib/quotes/filters";
import { QuoteFilters } from "./quote-filters";

export const metadata: Metadata = { title: "Teklifler" };

const PATH = "/yonetim/teklifler";

type Row = Awaited<ReturnType<typeof listQuotes>>["rows"][number];

const columns: Column<Row>[] = [
  {
    key: "referans",
    header: "Referans",
    mobile: "title",
    className: "break-all sm:break-normal sm:whitespace-nowrap",
    cell: (quote) => (
      <a href={`${PATH}/${quote.id}`} className="data-link">
        {quote.referenceNumber}
      </a>
    ),
  },
  {
    key: "durum",
    header: "Durum",
    mobile: "status",
    cell: (quote) => (
      <span className="inline-flex flex-col items-end gap-1 sm:items-start">
        <QuoteStatusBadge status={quote.status} />
        {quote.needsReview && quote.status === "pending" && (
          <span className="text-xs font-medium text-amber-800">İnceleme gerekli</span>
        )}
      </span>
    ),
  },
  { key: "firma", header: "Firma", cell: (quote) => quote.companyName },
  {
    key: "yetkili",
    header: "Yetkili",
    cell: (quote) => (
      <span className="min-w-0 break-words">
        {quote.contactName}
        <span className="data-sub break-all">{quote.email}</span>
      </span>
    ),
  },
  { key: "adet", header: "Aylık adet", cell: (quote) => quote.monthlyVolume },
  {
    key: "fiyat",
    header: "Fiyat",
    align: "end",
    className: "whitespace-nowrap",
    cell: (quote) => formatKurus(quote.acceptedUnitPrice ?? quote.quotedUnitPrice ?? quote.calculatedUnitPrice),
  },
  {
    key: "tarih",
    header: "Tarih",
    className: "whitespace-nowrap",
    cell: (quote) => formatIstanbulDateTime(quote.createdAt),
  },
];

export default async function QuotesInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const filters = quoteList.parse(await searchParams);
  const { rows, total, pageCount } = await query(listQuotes, filters);
  const params = quoteList.params(filters);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Teklifler" description="Gelen teklif talepleri, en yeni önce." />
      <QuoteFilters
        path={PATH}
        params={params}
        status={filters.status}
        search={filters.search}
        ignored={filters.ignored}
      />
      <DataTable
        caption="Teklif talepleri, en yeni önce"
        noun="talep"
        columns={columns}
        rows={rows}
        rowKey={(quote) => quote.id}
        list={{
          path: PATH,
          params,
          page: filters.page,
          pageCount,
          total,
          pageSize: QUOTE_PAGE_SIZE,
          filtered: Boolean(filters.status || filters.search),
        }}
        empty={{ title: "Henüz teklif talebi yok", description: "Teklif formundan gelen talepler burada görünür." }}
        actions={<CsvLink href={`${PATH}/csv`} params={params} />}
      />
    </div>
  );
}
