import {
  FilterBar,
  FilterDateRange,
  FilterSearch,
  FilterSelect,
  ignoredDayReason,
  ignoredTextReason,
  type IgnoredField,
  type ListParams,
} from "@/components/ui/data-table";
import { SEARCH_MIN_WORD } from "@/lib/customers/filters";
import {
  billingPeriodLabel,
  billingPeriodOf,
  PERIOD_START_DAY,
  periodKey,
  periodOfKey,
  previousPeriod,
} from "@/lib/billing/period";
import { isCalendarDate } from "@/lib/dates";
import { INVOICE_STATUSES, invoiceStatus, type InvoiceStatus } from "@/lib/billing/status";

/** The periods worth choosing: the current one and the 24 before it, newest first. */
export function recentPeriods(now: Date, count = 25) {
  const periods = [billingPeriodOf(now)];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]!));
  return periods.map((period) => ({ value: periodKey(period), label: billingPeriodLabel(period) }));
}

/** The select's periods, with the list's own where it is none of them (an old link): else it read "Tümü". */
function periodOptions(now: Date, chosen: string | undefined) {
  const recent = recentPeriods(now);
  if (!chosen || recent.some((option) => option.value === chosen)) return recent;
  const period = periodOfKey(chosen);
  return [...recent, { value: periodKey(period), label: billingPeriodLabel(period) }].sort((a, b) =>
    b.value.localeCompare(a.value),
  );
}

/** Why a period of the address is none: a day that starts no period, or no day a list takes. */
const ignoredPeriodReason = (value: string) =>
  isCalendarDate(value) && Number(value.slice(8)) !== PERIOD_START_DAY
    ? `bir dönemin ilk günü değil (dönemler ayın ${PERIOD_START_DAY}'inde başlar)`
    : ignoredDayReason(value);

/** What the bar says of a value of the address it cannot use, in the order of the fields. */
const searchField: IgnoredField = {
  label: "Arama",
  reason: (value) => ignoredTextReason(value, { minWord: SEARCH_MIN_WORD }),
};
const statusAndPeriod: Record<string, IgnoredField> = {
  durum: "Durum",
  donem: { label: "Dönem", reason: ignoredPeriodReason },
};
// Operations' list is narrowed to a customer by a link (a customer's page), not a field: the notice
// names it all the same.
const adminFields = { q: searchField, ...statusAndPeriod, musteri: "Müşteri" };

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
  customerFilter,
  ignored,
}: {
  path: string;
  params: ListParams;
  ignored?: ListParams;
  now: Date;
  statuses?: readonly InvoiceStatus[];
  search?: boolean;
  /** Operations' customer filter (a field sending `musteri`, labelled "Müşteri"), made by the page that can search customers. */
  customerFilter?: React.ReactNode;
}) {
  return (
    <FilterBar
      path={path}
      params={params}
      label="Fatura filtreleri"
      ignored={ignored}
      fields={search ? adminFields : statusAndPeriod}
    >
      {search && (
        <FilterSearch name="q" label="Ara" defaultValue={params.q} placeholder="Firma adı ya da vergi numarası" />
      )}
      {customerFilter}
      <FilterSelect
        name="durum"
        label="Durum"
        defaultValue={params.durum}
        options={statuses.map((status) => ({ value: status, label: invoiceStatus.labels[status] }))}
      />
      <FilterSelect name="donem" label="Dönem" defaultValue={params.donem} options={periodOptions(now, params.donem)} />
      {search && (
        <FilterDateRange
          from={{ name: "odeme-baslangic", value: params["odeme-baslangic"], label: "Ödeme tarihi (başlangıç)" }}
          to={{ name: "odeme-bitis", value: params["odeme-bitis"], label: "Ödeme tarihi (bitiş)" }}
          ignored={ignored}
        />
      )}
    </FilterBar>
  );
}
