/** How the admin screens name a customer's states and options. */
import { CUSTOMER_STATUSES, customerStatus } from "@/lib/customers/status";
import { SERVICE_TYPE_LABELS, SERVICE_TYPES } from "@/lib/onboarding/schemas";
import { VOLUME_RANGES } from "@/lib/pricing";

export const statusOptions = CUSTOMER_STATUSES.map((value) => ({ value, label: customerStatus.labels[value] }));
export const tierOptions = VOLUME_RANGES.map((value) => ({ value, label: `${value} paket` }));
export const serviceOptions = SERVICE_TYPES.map((value) => ({ value, label: SERVICE_TYPE_LABELS[value] }));
