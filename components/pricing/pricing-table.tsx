import type { PricingTier } from "@/lib/pricing";
import { formatKurus } from "@/lib/money";

export function PricingTable({ tiers }: { tiers: PricingTier[] }) {
  return (
    // On a phone the table scrolls sideways inside its frame: the frame takes the keyboard's focus
    // (arrow keys scroll it) and is named for screen readers.
    <div
      role="region"
      aria-label="Fiyat tablosu"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:outline-none"
    >
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Aylık paket adedine göre fiyatlar (KDV hariç)</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-4 py-3">
              Aylık paket
            </th>
            <th scope="col" className="px-4 py-3">
              Paket başı fiyat
            </th>
            <th scope="col" className="px-4 py-3">
              Aylık depolama
            </th>
            <th scope="col" className="px-4 py-3">
              Özellikler
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => (
            <tr key={tier.id} className="border-t border-stone-200" data-tier={tier.range}>
              <th scope="row" className="px-4 py-3 font-semibold">
                {tier.range}
              </th>
              <td className="px-4 py-3 font-semibold text-brand-700">{formatKurus(tier.unitPrice)}</td>
              <td className="px-4 py-3">{tier.storageCharge > 0 ? formatKurus(tier.storageCharge) : "–"}</td>
              <td className="px-4 py-3">
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
