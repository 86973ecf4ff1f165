import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OutcomeAlert } from "@/components/ui/outcome-alert";
import { query } from "@/db";
import { getOrder, listOrderEvents } from "@/db/queries/orders";
import { requireCustomer } from "@/lib/auth/session";
import { CancelOrderForm } from "./cancel-order-form";

export const metadata: Metadata = { title: "Sipariş" };

/** Another customer's order id is a 404, exactly like an id that does not exist. */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ yeni?: string }>;
}) {
  const user = await requireCustomer();
  const owned = { orderId: (await params).id, customerId: user.customerId };
  const [order, events, created] = await Promise.all([
    query(getOrder, owned),
    query(listOrderEvents, owned),
    searchParams.then((p) => p.yeni === "1"),
  ]);
  if (!order) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Sipariş ${order.orderNumber}`}
        breadcrumbs={[{ href: "/panel/siparisler", label: "Siparişler" }]}
      />
      {/* Only while the order stands as created: cancelled on this page, it is no longer the news. */}
      {created && order.status === "pending" && (
        <OutcomeAlert param="yeni">{`${order.orderNumber} numaralı siparişiniz oluşturuldu.`}</OutcomeAlert>
      )}
      <OrderSummary order={order} now={new Date()} audience="customer" />
      <section aria-labelledby="takip" className="flex flex-col gap-3">
        <h2 id="takip" className="text-lg font-semibold">
          Sipariş takibi
        </h2>
        <OrderTimeline events={events} showActorNames={false} />
      </section>
      {order.status === "pending" && (
        <section aria-labelledby="iptal" className="rounded-lg border border-border bg-card p-4 sm:p-6">
          <h2 id="iptal" className="mb-2 text-lg font-semibold">
            Siparişi iptal et
          </h2>
          <p className="mb-4 text-sm text-muted-foreground">
            Beklemedeki bir siparişi işleme alınmadan önce iptal edebilirsiniz.
          </p>
          <CancelOrderForm orderId={order.id} orderNumber={order.orderNumber} />
        </section>
      )}
    </div>
  );
}
