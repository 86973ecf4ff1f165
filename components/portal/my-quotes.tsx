import Link from "next/link";
import { listCustomerQuotes } from "@/db/queries/quotes";
import { formatIstanbulDate } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { QUOTE_STATUS_LABELS } from "@/lib/quotes/status";

/** The signed-in customer's own quote requests, newest first (a short list for the dashboard). */
export async function MyQuotes({ customerId }: { customerId: string }) {
  const quotes = await listCustomerQuotes({ customerId, limit: 5 });
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
                  <td className="px-4 py-2">{QUOTE_STATUS_LABELS[quote.status]}</td>
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
