import { FilterBar, FilterDateRange, FilterSelect, type ListParams } from "@/components/ui/data-table";
import { ORDER_STATUSES, orderStatus } from "@/lib/orders/status";

const statusOptions = ORDER_STATUSES.map((status) => ({ value: status, label: orderStatus.label(status) }));

/** The order list's filters: status and dates, and for operations the customer. */
export function OrderFilters({
  path,
  params,
  values,
  customerFilter,
}: {
  path: string;
  params: ListParams;
  /** The list's query: its filters, and those of the address it could not use (`ignored`). */
  values: { status?: string; fromDate?: string; toDate?: string; customerId?: string; ignored?: ListParams };
  /** Operations' customer filter (a field sending `musteri`), made by the page that can search customers. */
  customerFilter?: React.ReactNode;
}) {
  return (
    <FilterBar path={path} params={params} label="Sipariş filtreleri">
      {customerFilter}
      <FilterSelect name="durum" label="Durum" defaultValue={values.status} options={statusOptions} />
      <FilterDateRange
        from={{ name: "baslangic", value: values.fromDate }}
        to={{ name: "bitis", value: values.toDate }}
        ignored={values.ignored}
      />
    </FilterBar>
  );
}
