import { CUSTOMER_STATUS_TONES } from "@/components/status/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { customerStatus, type CustomerStatus } from "@/lib/customers/status";

export function CustomerStatusBadge({ status }: { status: CustomerStatus }) {
  return <StatusBadge status={status} labels={customerStatus.labels} tones={CUSTOMER_STATUS_TONES} />;
}
