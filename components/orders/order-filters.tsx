import { FilterBar, FilterDateRange, FilterSelect, type ListParams } from "@/components/ui/data-table";
import { ORDER_STATUSES, orderStatus } from "@/lib/orders/status";

type CustomerOption = { id: string; companyName: string };

const statusOptions = ORDER_STATUSES.map((status) => ({ value: status, label: orderStatus.label(status) }));

/** The order list's filters: status and dates, and for operations the customer. */
export function OrderFilters({
  path,
  params,
  values,
  customers,
}: {
  path: string;
  params: ListParams;
  values: { status?: string; fromDate?: string; toDate?: string; customerId?: string };
  customers?: readonly CustomerOption[];
}) {
  return (
    <FilterBar path={path} params={params} label="Sipariş filtreleri">
      {customers && (
        <FilterSelect
          name="musteri"
          label="Müşteri"
          defaultValue={values.customerId}
          options={customers.map((customer) => ({ value: customer.id, label: customer.companyName }))}
        />
      )}
      <FilterSelect name="durum" label="Durum" defaultValue={values.status} options={statusOptions} />
      <FilterDateRange
        from={{ name: "baslangic", value: values.fromDate }}
        to={{ name: "bitis", value: values.toDate }}
      />
    </FilterBar>
  );
}
