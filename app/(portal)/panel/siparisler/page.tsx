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
import { getInvoiceSummary } from "@/db/queries/portal-summary";
import { requireCustomer } from "@/lib/auth/session";
import { ORDERS_PAGE_SIZE, orderList } from "@/lib/orders/filters";
import { ORDER_MESSAGES } from "@/lib/orders/messages";
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
  // Only an active account may order (lib/orders): any other is told why instead of a form it would
  // fill in for nothing.
  const refusal = orderRefusal(customer);
  const owes =
    customer.status === "suspended" &&
    (await query(getInvoiceSummary, { customerId: user.customerId })).nextDue !== null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Siparişler"
        description="Paketlenecek sipariş partileriniz ve durumları."
        actions={
          !refusal && (
            <a href="#yeni-siparis" className={buttonVariants()}>
              Yeni sipariş
            </a>
          )
        }
      />
      {customer.status === "suspended" && <SuspendedBanner reason={customer.suspensionReason} owes={owes} />}
      <OrderFilters path={PATH} params={params} values={filters} />
      <OrderTable
        rows={list.rows}
        now={new Date()}
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
        empty={
          refusal
            ? {
                title: "Henüz siparişiniz yok",
                description: "Yeni sipariş oluşturmak şu an mümkün değil; nedeni sayfanın altında.",
              }
            : {
                title: "Henüz siparişiniz yok",
                description: "İlk siparişinizi aşağıdaki formdan oluşturabilirsiniz.",
                action: (
                  <a href="#yeni-siparis" className={buttonVariants({ variant: "outline" })}>
                    Sipariş formuna git
                  </a>
                ),
              }
        }
      />
      <section
        id="yeni-siparis"
        aria-labelledby="yeni-siparis-baslik"
        className="scroll-mt-20 rounded-lg border border-border bg-card p-4 sm:p-6"
      >
        <h2 id="yeni-siparis-baslik" className="mb-4 text-lg font-semibold">
          Yeni sipariş
        </h2>
        {refusal ? <p className="text-sm text-muted-foreground">{refusal}</p> : <NewOrderForm />}
      </section>
    </div>
  );
}

/**
 * Why this account may not order now, null when it may. Not worded "Hesabınız askıya alındı…": the
 * banner's heading is the one line on the page that says so.
 */
function orderRefusal(customer: { status: string; suspensionReason: string | null }): string | null {
  if (customer.status === "active") return null;
  if (customer.status !== "suspended") return ORDER_MESSAGES.CUSTOMER_INACTIVE;
  return customer.suspensionReason === "admin"
    ? "Operasyon ekibimiz hesabınızı askıya aldığı için yeni sipariş oluşturamazsınız. Ayrıntılar için lütfen bizimle iletişime geçin."
    : "Ödenmemiş faturalarınız nedeniyle yeni sipariş oluşturamazsınız. Gecikmiş faturalarınızı ödediğinizde hesabınız yeniden açılır ve sipariş verebilirsiniz.";
}
