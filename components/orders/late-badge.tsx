import { Clock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatIstanbulDateTime } from "@/lib/dates";

/**
 * Beside the status of an order still being packed after its estimated completion (lib/orders/late.ts).
 * The status label stays what it is ("İşleniyor"); the word, not only the red, says it is late.
 */
export function LateBadge() {
  return (
    <Badge tone="danger" data-late="">
      <Clock aria-hidden="true" className="size-3 shrink-0" />
      Gecikti
    </Badge>
  );
}

/** Who reads the order: the customer is owed an apology, operations the fact. */
export type LateAudience = "customer" | "operations";

/** What the late order's page says under its status: the promise it missed, and to whom. */
export function lateNotice(estimate: Date, audience: LateAudience): string {
  const promise = `Tahmini tamamlanma ${formatIstanbulDateTime(estimate)} idi`;
  return audience === "customer"
    ? `${promise}; gecikme için özür dileriz. Siparişiniz tamamlanınca size e-postayla haber vereceğiz.`
    : `${promise}; müşteriye söz verilen süre aşıldı.`;
}
