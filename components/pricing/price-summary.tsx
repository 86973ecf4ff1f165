import { formatKurus } from "@/lib/money";
import type { QuotePrice } from "@/lib/pricing";

/** A volume range's unit price and monthly estimate: the landing calculator and the quote form. */
export function PriceSummary({ price, testId }: { price: QuotePrice; testId: string }) {
  return (
    <div data-testid={testId} className="flex flex-col gap-2">
      <dl className="grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-stone-600">Paket başı fiyat</dt>
          <dd className="text-2xl font-bold text-brand-700">{formatKurus(price.unitPrice)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{`Aylık tahmini tutar (${price.estimatedVolume} paket)`}</dt>
          <dd className="text-2xl font-bold">{formatKurus(price.monthlyEstimate)}</dd>
        </div>
      </dl>
      <p className="text-sm text-stone-600">
        {price.storageCharge > 0
          ? `Tahmine ${formatKurus(price.storageCharge)} aylık depolama ücreti dahildir. Fiyatlar KDV hariçtir.`
          : "Fiyatlar KDV hariçtir."}
      </p>
    </div>
  );
}
