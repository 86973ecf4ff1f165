import { PriceSummary } from "./price-summary";
import { VOLUME_RANGES, type QuotePrice, type VolumeRange } from "@/lib/pricing";
import { AutoSubmitSelect } from "./auto-submit-select";

/** Volume in, unit price and monthly estimate out: computed on the server, so it works without JavaScript. */
export function PriceCalculator({ selected, result }: { selected: VolumeRange | null; result: QuotePrice | null }) {
  return (
    <form method="get" action="/#hesapla" className="rounded-lg border border-stone-200 bg-white p-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="hacim" className="text-sm font-medium">
            Aylık sipariş adedi
          </label>
          <AutoSubmitSelect
            id="hacim"
            name="hacim"
            defaultValue={selected ?? ""}
            className="rounded-md border border-stone-300 px-3 py-2"
          >
            <option value="" disabled>
              Seçiniz
            </option>
            {VOLUME_RANGES.map((range) => (
              <option key={range} value={range}>
                {range}
              </option>
            ))}
          </AutoSubmitSelect>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          Hesapla
        </button>
      </div>
      <div role="status" aria-live="polite" className="mt-4">
        {result ? (
          <PriceSummary price={result} testId="hesap-sonucu" />
        ) : (
          <p className="text-sm text-stone-600">Fiyatı görmek için aylık sipariş adedinizi seçin.</p>
        )}
      </div>
    </form>
  );
}
