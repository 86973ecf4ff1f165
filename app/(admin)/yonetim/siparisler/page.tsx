import type { Metadata } from "next";
import { AdminNewOrderForm } from "@/components/admin/admin-new-order-form";
import { OrderFilters } from "@/components/orders/order-filters";
import { OrderTable } from "@/components/orders/order-table";
import { Pagination } from "@/components/orders/pagination";
import { listCustomerOptions } from "@/db/queries/customer-account";
import { listAllOrders } from "@/db/queries/orders";
import { requireAdmin } from "@/lib/auth/session";
import { parseOrderListQuery } from "@/lib/orders/filters";

export const metadata: Metadata = { title: "Siparişler" };

const PATH = "/yonetim/siparisler";

export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const query = parseOrderListQuery(await searchParams);
  const [customers, list] = await Promise.all([listCustomerOptions(), listAllOrders({ query })]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Siparişler</h1>
      <OrderFilters path={PATH} query={query} customers={customers} />
      <p className="text-sm text-stone-600">{`${list.total.toLocaleString("tr-TR")} sipariş · sayfa ${query.page} / ${list.pageCount}`}</p>
      <OrderTable rows={list.rows} basePath={PATH} showCustomer />
      <Pagination path={PATH} query={query} pageCount={list.pageCount} />
      <section aria-labelledby="yeni-siparis" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="yeni-siparis" className="mb-4 text-lg font-semibold">
          Müşteri adına sipariş
        </h2>
        <AdminNewOrderForm customers={customers} />
      </section>
    </div>
  );
}
