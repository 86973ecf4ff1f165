import {
  FilterBar,
  FilterDateRange,
  FilterSelect,
  type IgnoredField,
  type ListParams,
} from "@/components/ui/data-table";
import { LATE_FILTER } from "@/lib/orders/filters";
import { ORDER_STATUSES, orderStatus } from "@/lib/orders/status";

const STATUS_LABEL = "Durum";
const statusOptions = ORDER_STATUSES.map((status) => ({ value: status, label: orderStatus.label(status) }));
const lateOptions = [{ value: LATE_FILTER, label: "Gecikenler" }];

/** The order list's filters: status and dates, and for operations the customer and the late orders. */
export function OrderFilters({
  path,
  params,
  values,
  customerFilter,
  lateFilter = false,
}: {
  path: string;
  params: ListParams;
  /** The list's query: its filters, and those of the address it could not use (`ignored`). */
  values: {
    status?: string;
    fromDate?: string;
    toDate?: string;
    customerId?: string;
    late?: string;
    ignored?: ListParams;
  };
  /** Operations' customer filter (a field sending `musteri`, labelled "Müşteri"), made by the page that can search customers. */
  customerFilter?: React.ReactNode;
  /** Operations' `Gecikme` (`gecikme=var`): the orders still in processing past their estimated completion. */
  lateFilter?: boolean;
}) {
  // The portal has no customer filter: a `musteri` in its address is no filter of its list, so not said.
  const fields: Record<string, IgnoredField> = customerFilter
    ? { musteri: "Müşteri", durum: STATUS_LABEL, ...(lateFilter ? { gecikme: "Gecikme" } : {}) }
    : { durum: STATUS_LABEL };
  return (
    <FilterBar path={path} params={params} label="Sipariş filtreleri" ignored={values.ignored} fields={fields}>
      {customerFilter}
      <FilterSelect name="durum" label={STATUS_LABEL} defaultValue={values.status} options={statusOptions} />
      <FilterDateRange
        from={{ name: "baslangic", value: values.fromDate }}
        to={{ name: "bitis", value: values.toDate }}
        ignored={values.ignored}
      />
      {/* After the dates, which stay side by side: a wide bar's first row holds the customer, status and both days. */}
      {lateFilter && <FilterSelect name="gecikme" label="Gecikme" defaultValue={values.late} options={lateOptions} />}
    </FilterBar>
  );
}
