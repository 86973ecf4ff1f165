import { Badge, type BadgeTone } from "./badge";

const dot: Record<BadgeTone, string> = {
  neutral: "bg-stone-500",
  info: "bg-sky-600",
  warning: "bg-amber-500",
  success: "bg-brand-600",
  danger: "bg-red-600",
};

/** For each status of a lifecycle, what kind of state it is. */
export type StatusTones<S extends string> = Record<S, BadgeTone>;

/**
 * The one badge for every lifecycle (orders, quotes, invoices, payments, customers, e-mails,
 * integrations): the status machine's Turkish label, coloured by the lifecycle's tone map. The label
 * carries the meaning; the colour only repeats it.
 * `<StatusBadge status={order.status} labels={orderStatus.labels} tones={ORDER_STATUS_TONES} />`
 */
export function StatusBadge<S extends string>({
  status,
  labels,
  tones,
  className,
}: {
  status: S;
  labels: Record<S, string>;
  tones: StatusTones<S>;
  className?: string;
}) {
  const tone = tones[status];
  return (
    <Badge tone={tone} className={className} data-status={status}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${dot[tone]}`} />
      {labels[status]}
    </Badge>
  );
}
