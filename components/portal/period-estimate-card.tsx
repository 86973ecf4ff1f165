import { billingPeriodLabel, type BillingPeriod } from "@/lib/billing/period";
import { formatKurus } from "@/lib/money";
import type { PeriodEstimate } from "@/lib/orders/estimate";

/** How the unit price is made: the tier's price, plus the premium surcharge, or the contract price. */
function unitPriceExplained(estimate: PeriodEstimate): string {
  if (estimate.basis === "custom") return `Sözleşme fiyatı: ${formatKurus(estimate.unitPrice)} / paket`;
  const tier = `${estimate.range} kademe fiyatı ${formatKurus(estimate.tierUnitPrice)}`;
  if (estimate.basis === "premium")
    return `${tier} + premium ek ücreti ${formatKurus(estimate.surcharge)} = ${formatKurus(estimate.unitPrice)} / paket`;
  return `${tier} / paket`;
}

/**
 * Packages this period, the tier so far and the invoice it would make, with how that figure is made
 * (the tier's price, the premium surcharge, the storage charge) and the way to the next tier.
 */
export function PeriodEstimateCard({ period, estimate }: { period: BillingPeriod; estimate: PeriodEstimate }) {
  return (
    <section aria-labelledby="donem" className="rounded-lg border border-border bg-card p-4 sm:p-6">
      <h2 id="donem" className="text-lg font-semibold">
        Bu dönem
      </h2>
      <p className="text-sm text-muted-foreground">{billingPeriodLabel(period)}</p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted-foreground">Bu dönemki paket</dt>
          <dd className="text-2xl font-bold" data-testid="donem-paket">
            {estimate.packageCount.toLocaleString("tr-TR")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted-foreground">Kademe</dt>
          <dd className="text-2xl font-bold" data-testid="donem-kademe">
            {estimate.range}
          </dd>
          <dd className="text-sm text-muted-foreground">{`${formatKurus(estimate.unitPrice)} / paket`}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted-foreground">Tahmini fatura (KDV hariç)</dt>
          <dd className="text-2xl font-bold" data-testid="tahmini-fatura">
            {formatKurus(estimate.total)}
          </dd>
        </div>
      </dl>
      <div className="mt-4 rounded-md bg-muted/60 px-4 py-3 text-sm" data-testid="tahmin-aciklamasi">
        <p className="font-medium">Tahmin nasıl hesaplanır</p>
        <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-5 text-muted-foreground">
          <li>{unitPriceExplained(estimate)}</li>
          <li>
            {`Paketleme: ${estimate.packageCount.toLocaleString("tr-TR")} paket × ${formatKurus(estimate.unitPrice)} = ${formatKurus(estimate.packagingTotal)}`}
          </li>
          <li>
            {estimate.storageCharge > 0
              ? `Depolama ücreti (${estimate.range} kademesi, aylık): ${formatKurus(estimate.storageCharge)}`
              : `Depolama ücreti: ${estimate.range} kademesinde yok`}
          </li>
          <li>
            Kademe, dönem sonunda tamamlanan paket sayısına göre belirlenir; kesin tutarı dönem sonunda kesilen fatura
            gösterir. KDV (%20) faturada eklenir.
          </li>
        </ul>
      </div>
      {estimate.nextTier && (
        <p className="mt-4 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800" data-testid="sonraki-kademe">
          {`${estimate.nextTier.packagesToGo.toLocaleString("tr-TR")} paket daha: bir sonraki kademe ${formatKurus(estimate.nextTier.unitPrice)}/paket`}
        </p>
      )}
    </section>
  );
}
