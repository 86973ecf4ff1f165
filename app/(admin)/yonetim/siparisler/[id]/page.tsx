import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { query } from "@/db";
import { getOrder, listOrderEvents } from "@/db/queries/orders";
import { requireAdmin } from "@/lib/auth/session";
import { orderStatus } from "@/lib/orders/status";
import { OrderStatusForm } from "./order-status-form";

export const metadata: Metadata = { title: "Sipariş" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  // Operations see every customer's orders: no owner filter.
  const anyCustomers = { orderId: (await params).id, customerId: null };
  const [order, events] = await Promise.all([query(getOrder, anyCustomers), query(listOrderEvents, anyCustomers)]);
  if (!order) notFound();
  const next = orderStatus.next(order.status);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/yonetim/siparisler" className="text-sm text-brand-700 underline">
        ← Siparişler
      </Link>
      <h1 className="text-2xl font-bold">{`Sipariş ${order.orderNumber}`}</h1>
      <p className="text-stone-700">
        <Link href={`/yonetim/musteriler/${order.customerId}`} className="text-brand-700 underline">
          {order.companyName}
        </Link>
      </p>
      <OrderSummary order={order} />
      {next.length > 0 && (
        <section aria-labelledby="durum" className="rounded-lg border border-stone-200 bg-white p-6">
          <h2 id="durum" className="mb-4 text-lg font-semibold">
            Durumu değiştir
          </h2>
          <OrderStatusForm key={order.status} orderId={order.id} next={next} />
        </section>
      )}
      <section aria-labelledby="takip" className="flex flex-col gap-3">
        <h2 id="takip" className="text-lg font-semibold">
          Sipariş takibi
        </h2>
        <OrderTimeline events={events} showActorNames />
      </section>
    </div>
  );
}
