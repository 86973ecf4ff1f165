import "server-only";
import type { ServiceOption } from "@/app/(onboarding)/basla/service-step-form";
import { query } from "@/db";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { formatKurus } from "@/lib/money";

/** What each service type means and costs, from the tier table and surcharge in effect today. */
export async function serviceOptions(acceptedUnitPrice: number | null): Promise<ServiceOption[]> {
  const [tiers, surcharge] = await Promise.all([query(getTierTable, {}), query(getPremiumSurcharge, {})]);
  const prices = tiers.map((tier) => tier.unitPrice);
  const low = formatKurus(Math.min(...prices));
  const high = formatKurus(Math.max(...prices));
  const storage = tiers.find((tier) => tier.storageCharge > 0);
  const storageNote = storage ? `; ${storage.range} pakette aylık ${formatKurus(storage.storageCharge)} depolama` : "";
  return [
    {
      value: "standard",
      description: "Standart koruyucu ambalaj, siparişler 24 saat içinde paketlenir.",
      price: `Paket başına ${low} – ${high}, aylık paket adedinize göre${storageNote} (KDV hariç)`,
    },
    {
      value: "premium",
      description: "Öncelikli hat: siparişler 12 saat içinde paketlenir, markalı ambalaj seçenekleri.",
      price: `Standart fiyata ek paket başına ${formatKurus(surcharge)} (KDV hariç)`,
    },
    {
      value: "custom",
      description: "Size özel ambalaj ve iş akışı; fiyat sözleşmeyle belirlenir.",
      price:
        acceptedUnitPrice != null
          ? `Kabul ettiğiniz teklif: paket başına ${formatKurus(acceptedUnitPrice)} (KDV hariç)`
          : "Fiyat, operasyon ekibimizin teklifiyle belirlenir",
    },
  ];
}
