import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, kurusTotal, ts } from "./_columns";
import { payments } from "./billing";
import { users } from "./customers";
import { refundStatusEnum } from "./enums";

/**
 * A refund of a card payment, written before Iyzico is asked (Iyzico does not deduplicate): its id is
 * the refund's conversation id, `requestKey` the submitted form's, so the same form sent twice finds
 * this row instead of refunding twice.
 */
export const paymentRefunds = pgTable(
  "payment_refunds",
  {
    id: id(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "restrict" }),
    requestKey: text("request_key").notNull(),
    amount: kurusTotal("amount").notNull(),
    reason: text("reason").notNull(),
    status: refundStatusEnum("status").notNull().default("requested"),
    /** Iyzico's refund host reference, once it answered. */
    providerReference: text("provider_reference"),
    failureReason: text("failure_reason"),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    completedAt: ts("completed_at"),
  },
  (t) => [
    uniqueIndex("payment_refunds_request_key_unique").on(t.requestKey),
    // One refund in flight per payment: a second cannot be sent while the first one's outcome is open.
    uniqueIndex("payment_refunds_one_requested")
      .on(t.paymentId)
      .where(sql`${t.status} = 'requested'`),
    index("payment_refunds_payment_id_idx").on(t.paymentId),
    index("payment_refunds_requested_by_idx").on(t.requestedBy),
    check("payment_refunds_amount_check", sql`${t.amount} > 0`),
  ],
);

/**
 * Iyzico's notifications, once each (by `iyziReferenceCode`): a redelivery finds its row and does
 * nothing. Only signed ones are stored; what they announce is confirmed by asking Iyzico.
 */
export const paymentNotifications = pgTable(
  "payment_notifications",
  {
    id: id(),
    referenceCode: text("reference_code").notNull(),
    eventType: text("event_type").notNull(),
    status: text("status").notNull(),
    conversationId: text("conversation_id").notNull(),
    /** The attempt it names, when we know one. */
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "set null" }),
    body: jsonb("body").$type<Record<string, unknown>>().notNull(),
    /** What became of it: settled, pending, unknown attempt... */
    outcome: text("outcome"),
    receivedAt: createdAt(),
    processedAt: ts("processed_at"),
  },
  (t) => [
    uniqueIndex("payment_notifications_reference_code_unique").on(t.referenceCode),
    index("payment_notifications_payment_id_idx").on(t.paymentId),
  ],
);

export type PaymentRefund = typeof paymentRefunds.$inferSelect;
