import "server-only";
import type { ServiceOption } from "@/app/(onboarding)/basla/service-step-form";
import { query } from "@/db";
import { getPremiumSurcharge, getTierTable } from "@/db/queries/pricing";
import { formatKurus } from "@/lib/money";
import type { ServiceType } from "@/lib/onboarding/choices";
import { PACKING_PROMISE_BY_SERVICE } from "@/lib/packing-promise";

/**
 * What each service type means and costs, from the tier table and surcharge in effect today: step 2
 * offers them, step 4's summary repeats the chosen one's price. `custom` costs what its contract
 * (the accepted offer) says.
 */
export async function serviceOptions(acceptedUnitPrice: number | null): Promise<ServiceOption[]> {
  const [tiers, surcharge] = await Promise.all([query(getTierTable, {}), query(getPremiumSurcharge, {})]);
  const prices = tiers.map((tier) => tier.unitPrice);
  const range = (extra: number) =>
    `${formatKurus(Math.min(...prices) + extra)} – ${formatKurus(Math.max(...prices) + extra)}`;
  const storage = tiers.find((tier) => tier.storageCharge > 0);
  const storageNote = storage ? `; ${storage.range} pakette aylık ${formatKurus(storage.storageCharge)} depolama` : "";
  return [
    {
      value: "standard",
      description: `Standart koruyucu ambalaj. ${PACKING_PROMISE_BY_SERVICE.standard}`,
      price: `Paket başına ${range(0)}, aylık paket adedinize göre${storageNote} (KDV hariç)`,
    },
    {
      value: "premium",
      description: `${PACKING_PROMISE_BY_SERVICE.premium} Markalı ambalaj seçenekleri.`,
      price: `Paket başına ${range(surcharge)}: standart fiyat ve ${formatKurus(surcharge)} premium ek ücreti${storageNote} (KDV hariç)`,
    },
    {
      value: "custom",
      description: PACKING_PROMISE_BY_SERVICE.custom,
      price:
        acceptedUnitPrice != null
          ? `Sözleşmeye göre: kabul ettiğiniz teklifle paket başına ${formatKurus(acceptedUnitPrice)} (KDV hariç)`
          : "Sözleşmeye göre: fiyat, operasyon ekibimizin teklifiyle belirlenir",
    },
  ];
}

/** The chosen service's price, as step 4's summary shows it. */
export async function servicePrice(serviceType: ServiceType, acceptedUnitPrice: number | null): Promise<string> {
  const options = await serviceOptions(acceptedUnitPrice);
  return options.find((option) => option.value === serviceType)!.price;
}
