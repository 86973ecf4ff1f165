import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import type { OrderListQuery } from "@/lib/orders/filters";
import { ORDER_STATUSES, orderStatus } from "@/lib/orders/status";

type CustomerOption = { id: string; companyName: string };

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked or shared. */
export function OrderFilters({
  path,
  query,
  customers,
}: {
  path: string;
  query: OrderListQuery;
  customers?: CustomerOption[];
}) {
  return (
    <form
      method="get"
      action={path}
      role="search"
      aria-label="Sipariş filtreleri"
      className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      {customers && (
        <label className="flex flex-col gap-1 text-sm font-medium">
          Müşteri
          <select name="musteri" defaultValue={query.customerId ?? ""} className={inputClass}>
            <option value="">Tümü</option>
            {customers.map((customer) => (
              <option key={customer.id} value={customer.id}>
                {customer.companyName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium">
        Durum
        <select name="durum" defaultValue={query.status ?? ""} className={inputClass}>
          <option value="">Tümü</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {orderStatus.label(status)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Başlangıç tarihi
        <input type="date" name="baslangic" defaultValue={query.fromDate ?? ""} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Bitiş tarihi
        <input type="date" name="bitis" defaultValue={query.toDate ?? ""} className={inputClass} />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filtrele
        </button>
        <Link href={path} className="text-sm text-brand-700 underline">
          Temizle
        </Link>
      </div>
    </form>
  );
}
