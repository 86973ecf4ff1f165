import { QUOTE_STATUS_TONES } from "@/components/status/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { quoteStatus, type QuoteStatus } from "@/lib/quotes/status";

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return <StatusBadge status={status} labels={quoteStatus.labels} tones={QUOTE_STATUS_TONES} />;
}
