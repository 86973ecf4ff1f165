import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { COMPLETION_HOURS, estimatedCompletion, type OrderStatus } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";
import { OrderStatusBadge } from "./order-status-badge";

type OrderFacts = {
  status: OrderStatus;
  serviceType: ServiceType;
  packageCount: number;
  note: string | null;
  estimatedUnitPrice: number;
  createdAt: Date;
  processingStartedAt: Date | null;
  completedAt: Date | null;
};

/** The order's facts and its promised completion (24 h after processing starts, 12 h for premium). */
export function OrderSummary({ order }: { order: OrderFacts }) {
  const promise = `${COMPLETION_HOURS[order.serviceType]} saat`;
  let completion: string;
  if (order.status === "completed" && order.completedAt)
    completion = `Tamamlandı: ${formatIstanbulDateTime(order.completedAt)}`;
  else if (order.status === "cancelled") completion = "Sipariş iptal edildi";
  else if (order.processingStartedAt)
    completion = formatIstanbulDateTime(estimatedCompletion(order.processingStartedAt, order.serviceType));
  else completion = `İşleme alındıktan sonra ${promise} içinde`;
  const rows: [string, React.ReactNode][] = [
    ["Durum", <OrderStatusBadge key="s" status={order.status} />],
    ["Paket adedi", order.packageCount.toLocaleString("tr-TR")],
    ["Oluşturulma", formatIstanbulDateTime(order.createdAt)],
    ["Tahmini tamamlanma", completion],
    ["Tahmini birim fiyat", `${formatKurus(order.estimatedUnitPrice)} (KDV hariç)`],
    ["Not", order.note ?? "–"],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-stone-600">{label}</dt>
          <dd className="mb-2 sm:mb-0" data-testid={label === "Tahmini tamamlanma" ? "tahmini-tamamlanma" : undefined}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
