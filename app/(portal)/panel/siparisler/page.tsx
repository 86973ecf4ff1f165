import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { SuspendedBanner } from "@/components/portal/suspended-banner";
import { Pagination } from "@/components/ui/pagination";
import { query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { listCustomerOrders } from "@/db/queries/orders";
import { requireCustomer } from "@/lib/auth/session";
import { orderList } from "@/lib/orders/filters";
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
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Siparişler</h1>
        <a href="#yeni-siparis" className="text-sm font-semibold text-brand-700 underline">
          Yeni sipariş
        </a>
      </div>
      {customer.status === "suspended" && <SuspendedBanner reason={customer.suspensionReason} />}
      <OrderFilters path={PATH} query={filters} />
      <p className="text-sm text-stone-600">{`${list.total.toLocaleString("tr-TR")} sipariş · sayfa ${filters.page} / ${list.pageCount}`}</p>
      <OrderTable rows={list.rows} basePath={PATH} />
      <Pagination
        page={filters.page}
        pageCount={list.pageCount}
        href={(page) => orderList.href(PATH, { ...filters, page })}
      />
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
