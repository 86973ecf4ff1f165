import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { SuspendedBanner } from "@/components/portal/suspended-banner";
import { buttonVariants } from "@/components/ui/button";
import { query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { listCustomerOrders } from "@/db/queries/orders";
import { requireCustomer } from "@/lib/auth/session";
import { ORDERS_PAGE_SIZE, orderList } from "@/lib/orders/filters";
import { NewOrderForm } from "./new-order-form";

export const metadata: Metadata = { title: "Siparişler" };

const PATH = "/panel/siparisler";

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCustomer();
  const filters = orderList.parse(await searchParams);
  const [customer, list] = await Promise.all([
    query(getCustomerProfile, { customerId: user.customerId }),
    query(listCustomerOrders, { customerId: user.customerId, filters }),
  ]);
  if (!customer) notFound();
  const params = orderList.params(filters);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Siparişler"
        description="Paketlenecek sipariş partileriniz ve durumları."
        actions={
          <a href="#yeni-siparis" className={buttonVariants()}>
            Yeni sipariş
          </a>
        }
      />
      {customer.status === "suspended" && <SuspendedBanner reason={customer.suspensionReason} />}
      <OrderFilters path={PATH} params={params} values={filters} />
      <OrderTable
        rows={list.rows}
        basePath={PATH}
        list={{
          path: PATH,
          params,
          page: filters.page,
          pageCount: list.pageCount,
          total: list.total,
          pageSize: ORDERS_PAGE_SIZE,
          sort: filters.order,
          filtered: Boolean(filters.status || filters.fromDate || filters.toDate),
        }}
        empty={{
          title: "Henüz siparişiniz yok",
          description: "İlk siparişinizi aşağıdaki formdan oluşturabilirsiniz.",
          action: (
            <a href="#yeni-siparis" className={buttonVariants({ variant: "outline" })}>
              Sipariş formuna git
            </a>
          ),
        }}
      />
      <section
        id="yeni-siparis"
        aria-labelledby="yeni-siparis-baslik"
        className="scroll-mt-20 rounded-lg border border-border bg-card p-4 sm:p-6"
      >
        <h2 id="yeni-siparis-baslik" className="mb-4 text-lg font-semibold">
          Yeni sipariş
        </h2>
        <NewOrderForm />
      </section>
    </div>
  );
}
