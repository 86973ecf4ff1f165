import { PriceSummary } from "@/components/pricing/price-summary";
import type { QuotePrice } from "@/lib/pricing";

/** The automatic price of the chosen volume; announced politely as the visitor changes it. */
export function QuotePricePreview({ price }: { price: QuotePrice | null }) {
  return (
    <div role="status" aria-live="polite" className="rounded-md border border-brand-100 bg-brand-50 p-4 text-sm">
      {price ? (
        <PriceSummary price={price} testId="teklif-fiyat" />
      ) : (
        <p className="text-stone-600">
          Aylık sipariş adedinizi seçtiğinizde paket başı fiyatı ve aylık tahmini burada görürsünüz.
        </p>
      )}
    </div>
  );
}
