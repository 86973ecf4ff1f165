import { ORDER_STATUS_TONES } from "@/components/status/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { orderStatus, type OrderStatus } from "@/lib/orders/status";

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <StatusBadge status={status} labels={orderStatus.labels} tones={ORDER_STATUS_TONES} />;
}
