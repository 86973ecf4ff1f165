import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { CustomerFilterField } from "@/components/admin/customer-filter-field";
import { PageHeader } from "@/components/layout/page-header";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { ListTotal, ListTotals } from "@/components/ui/data-table";
import { query } from "@/db";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { getCustomerOption } from "@/db/queries/customers";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_ORDERS_PATH as PATH, adminNewOrderHref, adminOrderList, ORDERS_PAGE_SIZE } from "@/lib/orders/filters";

export const metadata: Metadata = { title: "Siparişler" };

export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const filters = adminOrderList.parse(await searchParams);
  // One instant for the late filter and the rows' late marks, so the two agree.
  const now = new Date();
  const [chosen, list] = await Promise.all([
    filters.customerId ? query(getCustomerOption, { customerId: filters.customerId }) : null,
    query(listAdminOrders, { filters, at: now }),
  ]);
  const params = adminOrderList.params(filters);
  const at = (cursor: typeof list.next) => (cursor ? adminOrderList.href(PATH, { ...filters, cursor }) : null);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Siparişler"
        description="Tüm müşterilerin siparişleri, en yeni önce."
        actions={
          <Link href={adminNewOrderHref(filters.customerId)} className={buttonVariants()}>
            Müşteri adına sipariş
          </Link>
        }
      />
      <OrderFilters
        path={PATH}
        params={params}
        values={filters}
        lateFilter
        customerFilter={<CustomerFilterField customerId={filters.customerId} chosen={chosen} />}
      />
      <OrderTable
        rows={list.rows}
        now={now}
        basePath={PATH}
        showCustomer
        list={{
          path: PATH,
          params,
          page: 1,
          pageCount: 1,
          total: list.count.value,
          totalCapped: list.count.capped,
          pageSize: ORDERS_PAGE_SIZE,
          filtered: Boolean(filters.status || filters.fromDate || filters.toDate || filters.customerId || filters.late),
          keyset: { previous: at(list.previous), next: at(list.next) },
        }}
        empty={{ title: "Henüz sipariş yok", description: "Müşterilerin siparişleri burada listelenir." }}
        actions={<CsvLink href={`${PATH}/csv`} params={params} />}
        footer={
          list.packages === null ? undefined : (
            <ListTotals label="Seçilen günlerin toplamları">
              <ListTotal label="Sipariş" id="siparis">
                {list.count.value.toLocaleString("tr-TR")}
              </ListTotal>
              <ListTotal label="Paket (iptal edilenler hariç)" id="paket">
                {list.packages.toLocaleString("tr-TR")}
              </ListTotal>
            </ListTotals>
          )
        }
      />
    </div>
  );
}
