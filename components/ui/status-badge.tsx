import { Badge, type BadgeTone } from "./badge";
import { cn } from "./cn";

/** For each status of a lifecycle, what kind of state it is. */
export type StatusTones<S extends string> = Record<S, BadgeTone>;

/**
 * The one badge for every lifecycle (orders, quotes, invoices, payments, customers, e-mails,
 * integrations): the status machine's Turkish label, coloured by the lifecycle's tone map. The label
 * carries the meaning; the colour only repeats it (a dot in the tone's colour, drawn by the
 * `badge-dot` class).
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
    <Badge tone={tone} className={cn("badge-dot", className)} data-status={status}>
      {labels[status]}
    </Badge>
  );
}
