import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OutcomeAlert } from "@/components/ui/outcome-alert";
import { query } from "@/db";
import { getOrder, listOrderEvents } from "@/db/queries/orders";
import { requireAdmin } from "@/lib/auth/session";
import { OrderStatusActions } from "./order-status-actions";

export const metadata: Metadata = { title: "Sipariş" };

export default async function AdminOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  /** `yeni=1`: the order was just made on the customer's behalf (`Müşteri adına sipariş`). */
  searchParams: Promise<{ yeni?: string | string[] }>;
}) {
  await requireAdmin();
  // Operations see every customer's orders: no owner filter.
  const anyCustomers = { orderId: (await params).id, customerId: null };
  const [order, events, created] = await Promise.all([
    query(getOrder, anyCustomers),
    query(listOrderEvents, anyCustomers),
    searchParams.then((p) => p.yeni === "1"),
  ]);
  if (!order) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Sipariş ${order.orderNumber}`}
        description={
          <Link href={`/yonetim/musteriler/${order.customerId}`} className="underline underline-offset-2">
            {order.companyName}
          </Link>
        }
        breadcrumbs={[{ href: "/yonetim/siparisler", label: "Siparişler" }]}
      />
      {created && <OutcomeAlert param="yeni">{`${order.orderNumber} numaralı sipariş oluşturuldu.`}</OutcomeAlert>}
      <OrderSummary order={order} now={new Date()} audience="operations" />
      <section
        aria-labelledby="durum"
        className="flex flex-col gap-4 rounded-lg border border-border bg-card p-4 sm:p-6"
      >
        <h2 id="durum" className="text-lg font-semibold">
          Durumu değiştir
        </h2>
        {/* Whatever the status, and not keyed by it: the answer to a move outlives the buttons it changes. */}
        <OrderStatusActions
          orderId={order.id}
          orderNumber={order.orderNumber}
          companyName={order.companyName}
          status={order.status}
        />
      </section>
      <section aria-labelledby="takip" className="flex flex-col gap-3">
        <h2 id="takip" className="text-lg font-semibold">
          Sipariş takibi
        </h2>
        <OrderTimeline events={events} showActorNames />
      </section>
    </div>
  );
}
