/**
 * Order lifecycle: pending → processing → completed, or cancelled before completion. Every change is
 * checked here so the admin screen, the portal and background jobs refuse the same moves.
 */
import type { ServiceType } from "../pricing";

export const ORDER_STATUSES = ["pending", "processing", "completed", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Beklemede",
  processing: "İşleniyor",
  completed: "Tamamlandı",
  cancelled: "İptal edildi",
};

const ALLOWED: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["processing", "cancelled"],
  processing: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === "string" && (ORDER_STATUSES as readonly string[]).includes(value);
}

export function orderStatusLabel(status: OrderStatus): string {
  return ORDER_STATUS_LABELS[status];
}

/** The statuses an order may move to next: what the admin screen offers as actions. */
export function nextOrderStatuses(from: OrderStatus): readonly OrderStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ALLOWED[from].includes(to);
}

export class InvalidOrderTransitionError extends Error {
  readonly code = "INVALID_ORDER_TRANSITION" as const;
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(refusalMessage(from, to));
    this.name = "InvalidOrderTransitionError";
  }
}

/** Why a move is refused, in words an operator understands. */
function refusalMessage(from: OrderStatus, to: OrderStatus): string {
  if (from === to) return `Sipariş zaten "${ORDER_STATUS_LABELS[from]}" durumunda`;
  if (from === "completed") {
    return to === "cancelled"
      ? "Tamamlanmış bir sipariş iptal edilemez"
      : "Tamamlanmış bir siparişin durumu değiştirilemez";
  }
  if (from === "cancelled") return "İptal edilmiş bir siparişin durumu değiştirilemez";
  if (to === "completed") return "İşleme alınmamış bir sipariş tamamlanamaz";
  if (to === "pending") return "İşleme alınmış bir sipariş yeniden beklemeye alınamaz";
  return `Sipariş "${ORDER_STATUS_LABELS[from]}" durumundan "${ORDER_STATUS_LABELS[to]}" durumuna geçirilemez`;
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new InvalidOrderTransitionError(from, to);
}

const HOUR_MS = 60 * 60 * 1000;

/** Hours from the start of processing to the promised completion, by service type. */
export const COMPLETION_HOURS: Record<ServiceType, number> = { standard: 24, premium: 12, custom: 24 };

/** Elapsed hours, not wall-clock hours: the promise holds across a clock change. */
export function estimatedCompletion(processingStartedAt: Date, serviceType: ServiceType): Date {
  return new Date(processingStartedAt.getTime() + COMPLETION_HOURS[serviceType] * HOUR_MS);
}
