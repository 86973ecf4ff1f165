import { orderStatus, type OrderStatus } from "@/lib/orders/status";

const tone: Record<OrderStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  processing: "bg-sky-100 text-sky-900",
  completed: "bg-brand-100 text-brand-800",
  cancelled: "bg-stone-200 text-stone-700",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${tone[status]}`}>
      {orderStatus.label(status)}
    </span>
  );
}
