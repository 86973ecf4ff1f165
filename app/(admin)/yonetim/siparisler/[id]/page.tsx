import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { PageHeader } from "@/components/layout/page-header";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { query } from "@/db";
import { getOrder, listOrderEvents } from "@/db/queries/orders";
import { requireAdmin } from "@/lib/auth/session";
import { orderStatus } from "@/lib/orders/status";
import { changeOrderStatusAction } from "../actions";
import { OrderStatusForm } from "./order-status-form";

export const metadata: Metadata = { title: "Sipariş" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  // Operations see every customer's orders: no owner filter.
  const anyCustomers = { orderId: (await params).id, customerId: null };
  const [order, events] = await Promise.all([query(getOrder, anyCustomers), query(listOrderEvents, anyCustomers)]);
  if (!order) notFound();
  const all = orderStatus.next(order.status);
  const forward = all.filter((status) => status !== "cancelled");
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
      <OrderSummary order={order} />
      {all.length > 0 && (
        <section
          aria-labelledby="durum"
          className="flex flex-col gap-6 rounded-lg border border-border bg-card p-4 sm:p-6"
        >
          <h2 id="durum" className="text-lg font-semibold">
            Durumu değiştir
          </h2>
          {forward.length > 0 && <OrderStatusForm key={order.status} orderId={order.id} next={forward} />}
          {all.includes("cancelled") && (
            <ConfirmActionForm
              action={changeOrderStatusAction}
              fields={{ orderId: order.id, to: "cancelled" }}
              trigger="Siparişi iptal et"
              triggerVariant="destructive"
              triggerSize="md"
              title="Sipariş iptal edilsin mi?"
              description={`${order.companyName} firmasının ${order.orderNumber} numaralı siparişi iptal edilecek. Bu işlem geri alınamaz.`}
              confirm="Siparişi iptal et"
              busyLabel="İptal ediliyor…"
            >
              <Field label="İptal nedeni" hint="Müşteri sipariş takibinde görür">
                {(a11y) => <Input {...a11y} name="note" maxLength={1000} />}
              </Field>
            </ConfirmActionForm>
          )}
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
