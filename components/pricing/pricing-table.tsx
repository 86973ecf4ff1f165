import type { PricingTier } from "@/lib/pricing";
import { formatKurus } from "@/lib/money";

const COLUMNS = {
  range: "Aylık paket",
  unitPrice: "Paket başı fiyat",
  storage: "Aylık depolama",
  features: "Özellikler",
} as const;

/**
 * The tiers as a table from `sm` up, and below it a card per tier (the range on top, each other
 * column a labelled line), as the data table lays out its rows (the data-row and data-cell-* classes
 * of app/globals.css): at 360 px a scrolled table hid the features column without a sign of it.
 */
export function PricingTable({ tiers }: { tiers: PricingTier[] }) {
  return (
    // From `sm` up a narrow window (a large zoom) scrolls the table sideways inside its frame: the
    // frame takes the keyboard's focus (arrow keys scroll it) and is named for screen readers.
    <div
      role="region"
      aria-label="Fiyat tablosu"
      tabIndex={0}
      className="rounded-lg sm:overflow-x-auto sm:border sm:border-stone-200 sm:bg-white"
    >
      <table className="w-full text-left text-sm max-sm:block sm:min-w-[36rem]">
        <caption className="sr-only">Aylık paket adedine göre fiyatlar (KDV hariç)</caption>
        <thead className="bg-stone-100 text-stone-700 max-sm:sr-only">
          <tr>
            {Object.values(COLUMNS).map((label) => (
              <th key={label} scope="col" className="px-4 py-3">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
          {tiers.map((tier) => (
            <tr key={tier.id} className="data-row" data-tier={tier.range}>
              <th scope="row" className="data-cell-title">
                {tier.range}
              </th>
              <td
                data-label={COLUMNS.unitPrice}
                className="data-cell-detail font-semibold text-brand-700 max-sm:before:font-normal"
              >
                {formatKurus(tier.unitPrice)}
              </td>
              <td data-label={COLUMNS.storage} className="data-cell-detail">
                {tier.storageCharge > 0 ? formatKurus(tier.storageCharge) : "–"}
              </td>
              {/* A list under its label on a phone, not squeezed beside it. */}
              <td
                data-label={COLUMNS.features}
                className="data-cell-detail max-sm:flex-col max-sm:gap-1 max-sm:text-left"
              >
                <ul className="list-inside list-disc text-stone-600">
                  {tier.features.map((feature) => (
                    <li key={feature}>{feature}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
