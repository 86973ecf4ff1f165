/**
 * Order lifecycle: pending → processing → completed, or cancelled before completion. Every change is
 * checked by `orderStatus` so the admin screen, the portal and background jobs refuse the same moves.
 */
import type { ServiceType } from "../pricing";
import { statusMachine } from "../status-machine";

export const ORDER_STATUSES = ["pending", "processing", "completed", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderStatus = statusMachine({
  entity: "ORDER",
  statuses: ORDER_STATUSES,
  labels: {
    pending: "Beklemede",
    processing: "İşleniyor",
    completed: "Tamamlandı",
    cancelled: "İptal edildi",
  },
  transitions: {
    pending: ["processing", "cancelled"],
    processing: ["completed", "cancelled"],
    completed: [],
    cancelled: [],
  },
  // In words an operator understands.
  refusal(from, to, labels) {
    if (from === to) return `Sipariş zaten "${labels[from]}" durumunda`;
    if (from === "completed") {
      return to === "cancelled"
        ? "Tamamlanmış bir sipariş iptal edilemez"
        : "Tamamlanmış bir siparişin durumu değiştirilemez";
    }
    if (from === "cancelled") return "İptal edilmiş bir siparişin durumu değiştirilemez";
    if (to === "completed") return "İşleme alınmamış bir sipariş tamamlanamaz";
    if (to === "pending") return "İşleme alınmış bir sipariş yeniden beklemeye alınamaz";
    return `Sipariş "${labels[from]}" durumundan "${labels[to]}" durumuna geçirilemez`;
  },
});

const HOUR_MS = 60 * 60 * 1000;

/** Hours from the start of processing to the promised completion, by service type. */
export const COMPLETION_HOURS: Record<ServiceType, number> = { standard: 24, premium: 12, custom: 24 };

/** Elapsed hours, not wall-clock hours: the promise holds across a clock change. */
export function estimatedCompletion(processingStartedAt: Date, serviceType: ServiceType): Date {
  return new Date(processingStartedAt.getTime() + COMPLETION_HOURS[serviceType] * HOUR_MS);
}
