import type { Metadata } from "next";
import { NewOrderForm } from "@/components/orders/new-order-form";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { Pagination } from "@/components/orders/pagination";
import { SuspendedBanner } from "@/components/portal/suspended-banner";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { listCustomerOrders } from "@/db/queries/orders";
import { requireCustomer } from "@/lib/auth/session";
import { parseOrderListQuery } from "@/lib/orders/filters";

export const metadata: Metadata = { title: "Siparişler" };

const PATH = "/panel/siparisler";

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCustomer();
  const query = parseOrderListQuery(await searchParams);
  const [customer, list] = await Promise.all([
    getCustomerProfile({ customerId: user.customerId }),
    listCustomerOrders({ customerId: user.customerId, query }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Siparişler</h1>
        <a href="#yeni-siparis" className="text-sm font-semibold text-brand-700 underline">
          Yeni sipariş
        </a>
      </div>
      {customer.status === "suspended" && <SuspendedBanner />}
      <OrderFilters path={PATH} query={query} />
      <p className="text-sm text-stone-600">{`${list.total.toLocaleString("tr-TR")} sipariş · sayfa ${query.page} / ${list.pageCount}`}</p>
      <OrderTable rows={list.rows} basePath={PATH} />
      <Pagination path={PATH} query={query} pageCount={list.pageCount} />
      <section
        id="yeni-siparis"
        aria-labelledby="yeni-siparis-baslik"
        className="rounded-lg border border-stone-200 bg-white p-6"
      >
        <h2 id="yeni-siparis-baslik" className="mb-4 text-lg font-semibold">
          Yeni sipariş
        </h2>
        <NewOrderForm />
      </section>
    </div>
  );
}
