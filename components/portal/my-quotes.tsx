import { Link } from "@/components/ui/link";
import { QuoteStatusBadge } from "@/components/status/quote-status-badge";
import { buttonVariants } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatIstanbulDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import type { VolumeRange } from "@/lib/pricing";
import type { QuoteStatus } from "@/lib/quotes/status";

type MyQuote = {
  id: string;
  referenceNumber: string;
  createdAt: Date;
  monthlyVolume: VolumeRange;
  status: QuoteStatus;
  calculatedUnitPrice: number;
  quotedUnitPrice: number | null;
  acceptedUnitPrice: number | null;
};

const columns: Column<MyQuote>[] = [
  {
    key: "referans",
    header: "Referans",
    mobile: "title",
    className: "whitespace-nowrap",
    cell: (q) => q.referenceNumber,
  },
  { key: "durum", header: "Durum", mobile: "status", cell: (q) => <QuoteStatusBadge status={q.status} /> },
  { key: "tarih", header: "Tarih", cell: (q) => formatIstanbulDate(q.createdAt) },
  { key: "adet", header: "Aylık adet", cell: (q) => q.monthlyVolume },
  {
    key: "fiyat",
    header: "Paket başı fiyat",
    align: "end",
    className: "whitespace-nowrap",
    cell: (q) => formatKurus(q.acceptedUnitPrice ?? q.quotedUnitPrice ?? q.calculatedUnitPrice),
  },
];

/** The signed-in customer's own quote requests, newest first (a short list for the dashboard). */
export function MyQuotes({ quotes }: { quotes: MyQuote[] }) {
  return (
    <section aria-labelledby="tekliflerim" className="flex flex-col gap-3">
      <h2 id="tekliflerim" className="text-lg font-semibold">
        Teklif talepleriniz
      </h2>
      <DataTable
        caption="Teklif talepleriniz"
        noun="talep"
        columns={columns}
        rows={quotes}
        rowKey={(quote) => quote.id}
        list={{
          path: "/panel",
          params: {},
          page: 1,
          pageCount: 1,
          total: quotes.length,
          pageSize: Math.max(quotes.length, 1),
          filtered: false,
        }}
        empty={{
          title: "Henüz teklif talebiniz yok",
          action: (
            <Link href="/teklif-al" className={buttonVariants({ variant: "outline" })}>
              Teklif isteyin
            </Link>
          ),
        }}
      />
    </section>
  );
}
