import type { Metadata } from "next";
import { CsvLink } from "@/components/admin/csv-link";
import { CustomerFilterField } from "@/components/admin/customer-filter-field";
import { PageHeader } from "@/components/layout/page-header";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { buttonVariants } from "@/components/ui/button";
import { ListTotal, ListTotals } from "@/components/ui/data-table";
import { query } from "@/db";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { getCustomerOption } from "@/db/queries/customers";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_ORDERS_PATH as PATH, adminOrderList, ORDERS_PAGE_SIZE } from "@/lib/orders/filters";
import { NewOrderForm } from "./new-order-form";

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
          <a href="#yeni-siparis" className={buttonVariants()}>
            Müşteri adına sipariş
          </a>
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
      <section
        id="yeni-siparis"
        aria-labelledby="yeni-siparis-baslik"
        className="scroll-mt-20 rounded-lg border border-border bg-card p-4 sm:p-6"
      >
        <h2 id="yeni-siparis-baslik" className="mb-4 text-lg font-semibold">
          Müşteri adına sipariş
        </h2>
        <NewOrderForm initial={chosen && chosen.status !== "inactive" ? chosen : null} />
      </section>
    </div>
  );
}
