/**
 * A customer account's lifecycle: active, suspended (by operations, or by the billing rules for
 * non-payment) and back, or inactive (closed). Suspended customers can still sign in and pay, but
 * cannot order.
 */
import { statusMachine } from "../status-machine";

export const CUSTOMER_STATUSES = ["active", "inactive", "suspended"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const SUSPENSION_REASONS = ["non_payment", "admin"] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

export const customerStatus = statusMachine({
  entity: "CUSTOMER",
  statuses: CUSTOMER_STATUSES,
  labels: { active: "Etkin", inactive: "Etkin değil", suspended: "Askıda" },
  transitions: {
    active: ["suspended", "inactive"],
    suspended: ["active", "inactive"],
    inactive: ["active"],
  },
  refusal(from, to, labels) {
    if (from === to) return `Müşteri zaten "${labels[from]}" durumunda.`;
    if (from === "inactive" && to === "suspended") return "Etkin olmayan bir müşteri askıya alınamaz.";
    return `Müşteri "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez.`;
  },
});

export const SUSPENSION_REASON_LABELS: Record<SuspensionReason, string> = {
  non_payment: "Ödenmemiş fatura nedeniyle",
  admin: "Operasyon tarafından",
};
