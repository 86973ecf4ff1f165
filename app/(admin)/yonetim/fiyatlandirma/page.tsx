import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { query } from "@/db";
import { getPremiumSurcharge, getTierTable, listSurchargeVersions, listTierVersions } from "@/db/queries/pricing";
import { requireAdmin } from "@/lib/auth/session";
import { istanbulDateKey, formatIstanbulDate } from "@/lib/dates";
import { formatKurus, kurusToInput } from "@/lib/money";
import { effectiveInstant } from "@/lib/pricing-admin/change";
import { PRICING_FIELDS } from "@/lib/pricing-admin/schemas";
import { defaultEffectiveDate, markVersions, tierHistory } from "@/lib/pricing-admin/versions";
import { PlannedChanges } from "./cancel-change";
import { PriceHistory, type HistoryRow } from "./price-history";
import { PricingForm } from "./pricing-form";

export const metadata: Metadata = { title: "Fiyatlandırma" };

/**
 * The prices in effect, the changes planned, the form for a new version and every version before:
 * a change is a new version from a day on, so past invoices stay explainable.
 */
export default async function PricingPage() {
  await requireAdmin();
  const now = new Date();
  const formDate = defaultEffectiveDate(now);
  const [current, surcharge, atFormDate, surchargeAtFormDate, tierVersions, surchargeVersions] = await Promise.all([
    query(getTierTable, { at: now }),
    query(getPremiumSurcharge, { at: now }),
    query(getTierTable, { at: effectiveInstant(formDate) }),
    query(getPremiumSurcharge, { at: effectiveInstant(formDate) }),
    query(listTierVersions, {}),
    query(listSurchargeVersions, {}),
  ]);
  const history: HistoryRow[] = [
    ...tierHistory(tierVersions, now).flatMap(({ range, versions }) =>
      versions.map((version) => ({
        ...version,
        what: `${range} paket`,
        price: formatKurus(version.unitPrice),
        storage: version.storageCharge > 0 ? formatKurus(version.storageCharge) : "—",
      })),
    ),
    ...markVersions(surchargeVersions, now).map((version) => ({
      ...version,
      what: "Premium ek ücreti",
      price: formatKurus(version.unitSurcharge),
      storage: "—",
    })),
  ];
  const scheduled = [
    ...new Set(history.filter((row) => row.state === "scheduled").map((row) => istanbulDateKey(row.effectiveFrom))),
  ].sort();
  const defaults: Record<string, string> = {
    effectiveDate: formDate,
    premiumSurcharge: kurusToInput(surchargeAtFormDate),
  };
  atFormDate.forEach((tier, index) => {
    defaults[PRICING_FIELDS.unitPriceKey(index)] = kurusToInput(tier.unitPrice);
    defaults[PRICING_FIELDS.storageChargeKey(index)] = kurusToInput(tier.storageCharge);
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Fiyatlandırma"
        description="Her değişiklik bir yürürlük tarihiyle yeni bir sürümdür: o tarihten önce başlamış dönemlerin faturaları eski fiyatlarla kalır, ana sayfa ve yeni teklifler o günden itibaren yeni fiyatları gösterir."
      />
      <Card aria-labelledby="gecerli">
        <CardTitle id="gecerli">Geçerli fiyatlar</CardTitle>
        <CardDescription>{`${formatIstanbulDate(now)} itibarıyla, KDV hariç.`}</CardDescription>
        <table className="w-full text-sm">
          <caption className="sr-only">Geçerli kademe fiyatları</caption>
          <thead>
            <tr className="text-left text-muted-foreground">
              <th scope="col" className="py-1.5 font-medium">
                Kademe
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Birim fiyat
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Aylık depolama
              </th>
            </tr>
          </thead>
          <tbody>
            {current.map((tier) => (
              <tr key={tier.range} className="border-t border-border">
                <th scope="row" className="py-1.5 text-left font-normal">{`${tier.range} paket`}</th>
                <td className="py-1.5 text-right tabular-nums">{formatKurus(tier.unitPrice)}</td>
                <td className="py-1.5 text-right tabular-nums">
                  {tier.storageCharge > 0 ? formatKurus(tier.storageCharge) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm">{`Premium ek ücreti: paket başına ${formatKurus(surcharge)}.`}</p>
      </Card>
      <PlannedChanges days={scheduled.map((day) => ({ key: day, label: formatIstanbulDate(effectiveInstant(day)) }))} />
      <Card aria-labelledby="yeni-surum">
        <CardTitle id="yeni-surum">Yeni fiyat sürümü</CardTitle>
        <CardDescription>
          Alanlar seçilen varsayılan tarihte geçerli olacak fiyatlarla doludur; yalnızca değişen kademeler yeni sürüm
          alır.
        </CardDescription>
        <PricingForm defaults={defaults} today={istanbulDateKey(now)} />
      </Card>
      <PriceHistory rows={history} />
    </div>
  );
}
