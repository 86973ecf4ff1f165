import Link from "next/link";
import { formatIstanbulDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { quoteStatus, type QuoteStatus } from "@/lib/quotes/status";
import type { VolumeRange } from "@/lib/pricing";

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

/** The signed-in customer's own quote requests, newest first (a short list for the dashboard). */
export function MyQuotes({ quotes }: { quotes: MyQuote[] }) {
  return (
    <section aria-labelledby="tekliflerim" className="flex flex-col gap-3">
      <h2 id="tekliflerim" className="text-lg font-semibold">
        Teklif talepleriniz
      </h2>
      {quotes.length === 0 ? (
        <p className="text-sm text-stone-600">
          Henüz teklif talebiniz yok.{" "}
          <Link href="/teklif-al" className="text-brand-700 underline">
            Teklif isteyin
          </Link>
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Teklif talepleriniz</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Referans
                </th>
                <th scope="col" className="px-4 py-2">
                  Tarih
                </th>
                <th scope="col" className="px-4 py-2">
                  Aylık adet
                </th>
                <th scope="col" className="px-4 py-2">
                  Durum
                </th>
                <th scope="col" className="px-4 py-2">
                  Paket başı fiyat
                </th>
              </tr>
            </thead>
            <tbody>
              {quotes.map((quote) => (
                <tr key={quote.id} className="border-t border-stone-200">
                  <td className="px-4 py-2 whitespace-nowrap">{quote.referenceNumber}</td>
                  <td className="px-4 py-2">{formatIstanbulDate(quote.createdAt)}</td>
                  <td className="px-4 py-2">{quote.monthlyVolume}</td>
                  <td className="px-4 py-2">{quoteStatus.label(quote.status)}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {formatKurus(quote.acceptedUnitPrice ?? quote.quotedUnitPrice ?? quote.calculatedUnitPrice)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
