import type { Metadata } from "next";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { Pagination } from "@/components/ui/pagination";
import { query } from "@/db";
import { listCustomerOptions } from "@/db/queries/customer-account";
import { listAllOrders } from "@/db/queries/orders";
import { requireAdmin } from "@/lib/auth/session";
import { orderList } from "@/lib/orders/filters";
import { NewOrderForm } from "./new-order-form";

export const metadata: Metadata = { title: "Siparişler" };

const PATH = "/yonetim/siparisler";

export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const filters = orderList.parse(await searchParams);
  const [customers, list] = await Promise.all([query(listCustomerOptions, {}), query(listAllOrders, { filters })]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Siparişler</h1>
      <OrderFilters path={PATH} query={filters} customers={customers} />
      <p className="text-sm text-stone-600">{`${list.total.toLocaleString("tr-TR")} sipariş · sayfa ${filters.page} / ${list.pageCount}`}</p>
      <OrderTable rows={list.rows} basePath={PATH} showCustomer />
      <Pagination
        page={filters.page}
        pageCount={list.pageCount}
        href={(page) => orderList.href(PATH, { ...filters, page })}
      />
      <section aria-labelledby="yeni-siparis" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="yeni-siparis" className="mb-4 text-lg font-semibold">
          Müşteri adına sipariş
        </h2>
        <NewOrderForm customers={customers} />
      </section>
    </div>
  );
}
