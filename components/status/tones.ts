/**
 * What kind of state each status of each lifecycle is, for StatusBadge: one file, so "waiting" is
 * the same amber and "done" the same green everywhere. The labels come from the lifecycles
 * themselves (lib/<domain>/status.ts); only the colour is decided here.
 */
import type { StatusTones } from "@/components/ui/status-badge";
import type { BillingRunState } from "@/lib/billing/status";
import type { OrderStatus } from "@/lib/orders/status";
import type { QuoteStatus } from "@/lib/quotes/status";

export const ORDER_STATUS_TONES: StatusTones<OrderStatus> = {
  pending: "warning",
  processing: "info",
  completed: "success",
  cancelled: "neutral",
};

export const QUOTE_STATUS_TONES: StatusTones<QuoteStatus> = {
  pending: "info",
  reviewed: "warning",
  quoted: "info",
  accepted: "success",
  rejected: "danger",
};

export const INVOICE_STATUS_TONES: StatusTones<"draft" | "sent" | "paid" | "overdue" | "cancelled"> = {
  draft: "neutral",
  sent: "info",
  paid: "success",
  overdue: "danger",
  cancelled: "neutral",
};

export const PAYMENT_STATUS_TONES: StatusTones<"pending" | "succeeded" | "failed" | "refunded"> = {
  pending: "warning",
  succeeded: "success",
  failed: "danger",
  refunded: "neutral",
};

export const CUSTOMER_STATUS_TONES: StatusTones<"active" | "inactive" | "suspended"> = {
  active: "success",
  inactive: "neutral",
  suspended: "danger",
};

export const EMAIL_STATUS_TONES: StatusTones<"queued" | "sent" | "failed" | "stored"> = {
  queued: "warning",
  sent: "success",
  failed: "danger",
  stored: "neutral",
};

export const INTEGRATION_STATUS_TONES: StatusTones<"pending" | "connected" | "failed"> = {
  pending: "warning",
  connected: "success",
  failed: "danger",
};

export const USER_STATUS_TONES: StatusTones<"active" | "disabled"> = {
  active: "success",
  disabled: "neutral",
};

export const INVITATION_STATUS_TONES: StatusTones<"open" | "expired"> = {
  open: "info",
  expired: "neutral",
};

export const SESSION_STATUS_TONES: StatusTones<"current" | "open"> = {
  current: "success",
  open: "neutral",
};

export const BILLING_RUN_STATUS_TONES: StatusTones<BillingRunState> = {
  running: "info",
  completed: "success",
  failed: "danger",
  stalled: "danger",
};
