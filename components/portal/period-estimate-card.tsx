import { billingPeriodLabel, type BillingPeriod } from "@/lib/billing/period";
import { formatKurus } from "@/lib/money";
import type { PeriodEstimate } from "@/lib/orders/estimate";

/** Packages this period, the tier so far and the invoice it would make, with the way to the next tier. */
export function PeriodEstimateCard({ period, estimate }: { period: BillingPeriod; estimate: PeriodEstimate }) {
  return (
    <section aria-labelledby="donem" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="donem" className="text-lg font-semibold">
        Bu dönem
      </h2>
      <p className="text-sm text-stone-600">{billingPeriodLabel(period)}</p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">Bu dönemki paket</dt>
          <dd className="text-2xl font-bold" data-testid="donem-paket">
            {estimate.packageCount.toLocaleString("tr-TR")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Kademe</dt>
          <dd className="text-2xl font-bold" data-testid="donem-kademe">
            {estimate.range}
          </dd>
          <dd className="text-sm text-stone-600">{`${formatKurus(estimate.unitPrice)} / paket`}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Tahmini fatura (KDV hariç)</dt>
          <dd className="text-2xl font-bold" data-testid="tahmini-fatura">
            {formatKurus(estimate.total)}
          </dd>
          <dd className="text-sm text-stone-600">
            {`${estimate.packageCount.toLocaleString("tr-TR")} × ${formatKurus(estimate.unitPrice)}`}
            {estimate.storageCharge > 0 && ` + ${formatKurus(estimate.storageCharge)} depolama`}
          </dd>
        </div>
      </dl>
      {estimate.nextTier && (
        <p className="mt-4 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800" data-testid="sonraki-kademe">
          {`${estimate.nextTier.packagesToGo.toLocaleString("tr-TR")} paket daha: bir sonraki kademe ${formatKurus(estimate.nextTier.unitPrice)}/paket`}
        </p>
      )}
    </section>
  );
}
