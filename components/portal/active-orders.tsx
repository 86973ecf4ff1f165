import { Link } from "@/components/ui/link";
import { LateBadge } from "@/components/orders/late-badge";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { formatIstanbulDateTime } from "@/lib/dates";
import { lateSince } from "@/lib/orders/late";
import type { ServiceType } from "@/lib/pricing";
import { estimatedCompletion, type OrderStatus } from "@/lib/orders/status";

type ActiveOrder = {
  id: string;
  orderNumber: string;
  packageCount: number;
  status: OrderStatus;
  processingStartedAt: Date | null;
};

/** When the order will be done, or, once late (as of `now`), when it should have been. */
function completion(order: ActiveOrder, serviceType: ServiceType, now: Date): string {
  if (!order.processingStartedAt) return "İşleme alınmayı bekliyor";
  const late = lateSince({ ...order, serviceType }, now);
  if (late) return `Tahmini tamamlanma ${formatIstanbulDateTime(late)} idi; gecikme için özür dileriz.`;
  return `Tahmini tamamlanma: ${formatIstanbulDateTime(estimatedCompletion(order.processingStartedAt, serviceType))}`;
}

export function ActiveOrders({
  orders,
  serviceType,
  now,
}: {
  orders: ActiveOrder[];
  serviceType: ServiceType;
  now: Date;
}) {
  return (
    <section aria-labelledby="aktif" className="rounded-lg border border-border bg-card p-4 sm:p-6">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="aktif" className="text-lg font-semibold">
          Aktif siparişler
        </h2>
        <Link href="/panel/siparisler" className="text-sm text-brand-700 underline">
          Tüm siparişler
        </Link>
      </div>
      {orders.length === 0 ? (
        <p className="text-sm text-stone-600">Şu anda beklemede ya da işlenmekte olan siparişiniz yok.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200">
          {orders.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/panel/siparisler/${order.id}`} className="font-medium text-brand-700 underline">
                {order.orderNumber}
              </Link>
              <span className="text-sm">{`${order.packageCount.toLocaleString("tr-TR")} paket`}</span>
              <span className="flex flex-wrap items-center gap-1.5">
                <OrderStatusBadge status={order.status} />
                {lateSince({ ...order, serviceType }, now) && <LateBadge />}
              </span>
              <span className="text-sm text-stone-600">{completion(order, serviceType, now)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
