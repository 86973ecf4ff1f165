import { formatKurus } from "@/lib/money";
import type { QuotePrice } from "@/lib/pricing";

/** The automatic price of the chosen volume; announced politely as the visitor changes it. */
export function QuotePricePreview({ price }: { price: QuotePrice | null }) {
  return (
    <div role="status" aria-live="polite" className="rounded-md border border-brand-100 bg-brand-50 p-4 text-sm">
      {price ? (
        <dl className="grid gap-2 sm:grid-cols-2" data-testid="teklif-fiyat">
          <div>
            <dt className="text-stone-600">Paket başı fiyat</dt>
            <dd className="text-xl font-bold text-brand-700">{formatKurus(price.unitPrice)}</dd>
          </div>
          <div>
            <dt className="text-stone-600">Aylık tahmini tutar ({price.estimatedVolume} paket)</dt>
            <dd className="text-xl font-bold">{formatKurus(price.monthlyEstimate)}</dd>
          </div>
          {price.storageCharge > 0 && (
            <p className="text-stone-600 sm:col-span-2">
              Tahmine {formatKurus(price.storageCharge)} aylık depolama ücreti dahildir. Fiyatlar KDV hariçtir.
            </p>
          )}
        </dl>
      ) : (
        <p className="text-stone-600">Aylık sipariş adedinizi seçtiğinizde paket başı fiyatı ve aylık tahmini burada görürsünüz.</p>
      )}
    </div>
  );
}
