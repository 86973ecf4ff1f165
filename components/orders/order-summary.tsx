import { formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";
import { lateSince } from "@/lib/orders/late";
import { COMPLETION_HOURS, estimatedCompletion, type OrderStatus } from "@/lib/orders/status";
import type { ServiceType } from "@/lib/pricing";
import { LateBadge, lateNotice, type LateAudience } from "./late-badge";
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
  cancelledAt?: Date | null;
};

/**
 * When the order was or will be done: the actual time once it is completed or cancelled (never
 * called an estimate), the promise before that. The label names the time; the value is only the time.
 */
function completionRow(order: OrderFacts): { label: string; testId: string; value: string } {
  if (order.status === "completed" && order.completedAt)
    return {
      label: "Tamamlanma",
      testId: "tamamlanma",
      value: formatIstanbulDateTime(order.completedAt),
    };
  if (order.status === "cancelled")
    return {
      label: "İptal tarihi",
      testId: "iptal-zamani",
      value: order.cancelledAt ? formatIstanbulDateTime(order.cancelledAt) : "–",
    };
  const value = order.processingStartedAt
    ? formatIstanbulDateTime(estimatedCompletion(order.processingStartedAt, order.serviceType))
    : `İşleme alındıktan sonra ${COMPLETION_HOURS[order.serviceType]} saat içinde`;
  return { label: "Tahmini tamamlanma", testId: "tahmini-tamamlanma", value };
}

/** The status, and beside it whether the order is late, with the promise it missed. */
function StatusCell({ order, now, audience }: { order: OrderFacts; now: Date; audience: LateAudience }) {
  const late = lateSince(order, now);
  if (!late) return <OrderStatusBadge status={order.status} />;
  return (
    <div className="flex flex-col gap-1.5">
      <span className="flex flex-wrap items-center gap-1.5">
        <OrderStatusBadge status={order.status} />
        <LateBadge />
      </span>
      <p className="text-sm text-red-800" data-testid="gecikme">
        {lateNotice(late, audience)}
      </p>
    </div>
  );
}

/**
 * The order's facts and its promised completion (24 h after processing starts, 12 h for premium); a
 * late order is marked as of `now`, in words for `audience`.
 */
export function OrderSummary({ order, now, audience }: { order: OrderFacts; now: Date; audience: LateAudience }) {
  const completion = completionRow(order);
  const rows: [string, React.ReactNode][] = [
    ["Durum", <StatusCell key="s" order={order} now={now} audience={audience} />],
    ["Paket adedi", order.packageCount.toLocaleString("tr-TR")],
    ["Oluşturulma", formatIstanbulDateTime(order.createdAt)],
    [completion.label, completion.value],
    ["Tahmini birim fiyat", `${formatKurus(order.estimatedUnitPrice)} (KDV hariç)`],
    ["Not", order.note ?? "–"],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-border bg-card p-4 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
          <dd
            className="mb-2 break-words sm:mb-0"
            data-testid={label === completion.label ? completion.testId : undefined}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
