import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./_columns";
import { users } from "./customers";
import { emailStatusEnum } from "./enums";

export const emails = pgTable(
  "emails",
  {
    id: id(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    subject: text("subject"),
    status: emailStatusEnum("status").notNull().default("queued"),
    providerId: text("provider_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: ts("sent_at"),
    /** When it was last queued: written, or sent again with `Yeniden gönder`. A day later it is given up. */
    queuedAt: ts("queued_at").notNull().defaultNow(),
    /**
     * When the requeue job may hand it to the sender again, should it still be `queued`: 5 minutes
     * after it was queued or handed over, plus the time the queue then needed at the sending pace.
     */
    requeueAfter: ts("requeue_after")
      .notNull()
      .default(sql`now() + interval '5 minutes'`),
    /**
     * When its recipient's personal data was erased (KVKK, lib/customers/erasure.ts): the address is
     * replaced and the template's data emptied, so the message can no longer be shown or sent again.
     */
    erasedAt: ts("erased_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The log's keyset order (newest first, then id), alone or after a status or template filter. It
    // also gives the requeue and give-up jobs the queued rows (a few thousand at most, after a billing
    // run): no index of their own, which every e-mail written would pay for.
    index("emails_status_created_idx").on(t.status, t.createdAt, t.id),
    index("emails_created_at_idx").on(t.createdAt, t.id),
    index("emails_template_created_idx").on(t.template, t.createdAt, t.id),
    // The recipient filter matches any part of the address, whatever its case.
    index("emails_recipient_trgm_idx").using("gin", sql`lower(${t.recipient}) gin_trgm_ops`),
  ],
);

export const auditLogs = pgTable(
  "audit_logs",
  {
    id: id(),
    /** Null for the system (cron, webhook) and for anonymous visitors. */
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    ipAddress: text("ip_address"),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    // The log's keyset order (newest first, then id), alone or after each filter it offers.
    index("audit_logs_created_at_idx").on(t.createdAt, t.id),
    index("audit_logs_entity_idx").on(t.entityType, t.entityId, t.createdAt, t.id),
    index("audit_logs_entity_type_idx").on(t.entityType, t.createdAt, t.id),
    index("audit_logs_actor_user_id_idx").on(t.actorUserId, t.createdAt, t.id),
    index("audit_logs_action_idx").on(t.action, t.createdAt, t.id),
  ],
);

/** Incoming webhook deliveries, so a repeated delivery is processed once. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: id(),
    provider: text("provider").notNull(),
    eventId: text("event_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    processedAt: ts("processed_at"),
    error: text("error"),
    receivedAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("webhook_events_provider_event_unique").on(t.provider, t.eventId),
    index("webhook_events_received_at_idx").on(t.receivedAt),
  ],
);

export type Email = typeof emails.$inferSelect;
export type AuditLog = typeof auditLogs.$inferSelect;

/**
 * Which operations alerts are switched off (lib/ops-alerts.ts lists the kinds): a kind without a row
 * is on, so a new kind starts on and nothing needs seeding.
 */
export const opsAlertSettings = pgTable("ops_alert_settings", {
  kind: text("kind").primaryKey(),
  enabled: boolean("enabled").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});
