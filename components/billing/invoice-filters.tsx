import { FilterBar, FilterDateRange, FilterSearch, FilterSelect, type ListParams } from "@/components/ui/data-table";
import { billingPeriodLabel, billingPeriodOf, periodKey, previousPeriod } from "@/lib/billing/period";
import { INVOICE_STATUSES, invoiceStatus, type InvoiceStatus } from "@/lib/billing/status";

/** The periods worth choosing: the current one and the 24 before it, newest first. */
export function recentPeriods(now: Date, count = 25) {
  const periods = [billingPeriodOf(now)];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods.map((period) => ({ value: periodKey(period), label: billingPeriodLabel(period) }));
}

/**
 * The invoice lists' filters: status and period; for operations also a search by company name or
 * tax number and the days paid. `statuses` leaves out what a list never shows (the portal has no
 * drafts); `ignored` is the filters of the address the list could not use (the query's).
 */
export function InvoiceFilters({
  path,
  params,
  now,
  statuses = INVOICE_STATUSES,
  search,
  ignored,
}: {
  path: string;
  params: ListParams;
  ignored?: ListParams;
  now: Date;
  statuses?: readonly InvoiceStatus[];
  search?: boolean;
}) {
  return (
    <FilterBar path={path} params={params} label="Fatura filtreleri">
      {search && (
        <FilterSearch name="q" label="Ara" defaultValue={params.q} placeholder="Firma adı ya da vergi numarası" />
      )}
      <FilterSelect
        name="durum"
        label="Durum"
        defaultValue={params.durum}
        options={statuses.map((status) => ({ value: status, label: invoiceStatus.labels[status] }))}
      />
      <FilterSelect name="donem" label="Dönem" defaultValue={params.donem} options={recentPeriods(now)} />
      {search && (
        <FilterDateRange
          from={{ name: "odeme-baslangic", value: params["odeme-baslangic"], label: "Ödeme tarihi (başlangıç)" }}
          to={{ name: "odeme-bitis", value: params["odeme-bitis"], label: "Ödeme tarihi (bitiş)" }}
          ignored={ignored}
        />
      )}
      {params.musteri && <input type="hidden" name="musteri" value={params.musteri} />}
    </FilterBar>
  );
}
