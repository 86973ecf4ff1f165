/**
 * When an order is late: still being packed (`processing`) after its estimated completion, the one
 * promise of lib/orders/status.ts (`estimatedCompletion`: 24 hours after processing started, 12 for
 * premium). Exactly at the estimate it is not late yet; a waiting, completed or cancelled order never
 * is. The time is passed in, so a page, the database's filter and a test all ask about the same instant.
 */
import type { ServiceType } from "../pricing";
import { estimatedCompletion, type OrderStatus } from "./status";

export type LatenessFacts = {
  status: OrderStatus;
  processingStartedAt: Date | null;
  /** The customer's service type, which sets the promise. */
  serviceType: ServiceType;
};

/** The estimated completion the order has passed at `now`, or null when it is not late. */
export function lateSince(order: LatenessFacts, now: Date): Date | null {
  if (order.status !== "processing" || !order.processingStartedAt) return null;
  const estimate = estimatedCompletion(order.processingStartedAt, order.serviceType);
  return now.getTime() > estimate.getTime() ? estimate : null;
}

export function isOrderLate(order: LatenessFacts, now: Date): boolean {
  return lateSince(order, now) !== null;
}

/**
 * The same rule turned round for the database (db/queries/orders.ts `lateOrders`): an order in
 * processing is late at `now` when processing started before its service type's cutoff, since
 * now > start + promise ⇔ start < now − promise. The promise's length is estimatedCompletion's own.
 */
export function lateStartCutoff(serviceType: ServiceType, now: Date): Date {
  const promise = estimatedCompletion(new Date(0), serviceType).getTime();
  return new Date(now.getTime() - promise);
}
