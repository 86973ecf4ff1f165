import { formatIstanbulDateTime } from "@/lib/dates";
import { orderStatus, type OrderStatus } from "@/lib/orders/status";

type TimelineEvent = {
  id: string;
  toStatus: OrderStatus;
  note: string | null;
  createdAt: Date;
  actorName: string | null;
  actorRole: "customer" | "admin" | null;
};

/** The tracking timeline, oldest first; operations staff are shown as the team, not by name, to customers. */
export function OrderTimeline({ events, showActorNames }: { events: TimelineEvent[]; showActorNames: boolean }) {
  const who = (event: TimelineEvent) => {
    if (event.actorRole === "admin" && !showActorNames) return "Çardak operasyon";
    return event.actorName ?? "Sistem";
  };
  return (
    <ol aria-label="Sipariş hareketleri" className="flex flex-col gap-4 border-l-2 border-brand-100 pl-4">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span aria-hidden className="absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full bg-brand-700" />
          <p className="font-semibold">{orderStatus.label(event.toStatus)}</p>
          <p className="text-sm text-stone-600">
            <time dateTime={event.createdAt.toISOString()}>{formatIstanbulDateTime(event.createdAt)}</time> ·{" "}
            {who(event)}
          </p>
          {event.note && <p className="mt-1 text-sm text-stone-800">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
