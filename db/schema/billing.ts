import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, kurus, kurusTotal, ts, updatedAt } from "./_columns";
import { customers, users } from "./customers";
import {
  billingRunStatusEnum,
  invoiceLineKindEnum,
  invoiceStatusEnum,
  paymentMethodEnum,
  paymentProviderEnum,
  paymentStatusEnum,
} from "./enums";

/** A party of an invoice as it was when the invoice was issued: an issued invoice never changes. */
export type InvoiceParty = {
  name: string;
  address: string | null;
  taxOffice: string | null;
  /** VKN (10 digits) or TCKN (11 digits). */
  taxId: string;
  /** The seller's IBAN, for bank transfers. */
  iban?: string;
};

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    /** CRD2026000000001: assigned when the invoice is finalized and sent, never to a draft. */
    invoiceNumber: text("invoice_number"),
    /** The e-Arşiv document id (ETTN), given with the number. */
    ettn: uuid("ettn"),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    periodStart: ts("period_start").notNull(),
    periodEnd: ts("period_end").notNull(),
    packageCount: integer("package_count").notNull().default(0),
    unitPrice: kurus("unit_price").notNull(),
    subtotal: kurusTotal("subtotal").notNull(),
    kdv: kurusTotal("kdv").notNull(),
    total: kurusTotal("total").notNull(),
    status: invoiceStatusEnum("status").notNull().default("draft"),
    issuedAt: ts("issued_at"),
    dueAt: ts("due_at"),
    paidAt: ts("paid_at"),
    paymentMethod: paymentMethodEnum("payment_method"),
    reminderSentAt: ts("reminder_sent_at"),
    overdueNoticeSentAt: ts("overdue_notice_sent_at"),
    /** When the deadline rule suspended the customer for this invoice (or found nothing to suspend). */
    suspensionAppliedAt: ts("suspension_applied_at"),
    /** Seller and buyer as printed on the issued invoice; null on a draft. */
    seller: jsonb("seller").$type<InvoiceParty>(),
    buyer: jsonb("buyer").$type<InvoiceParty>(),
    cancelledAt: ts("cancelled_at"),
    cancelReason: text("cancel_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // At most one invoice per customer and period, whatever retries or parallel runs happen.
    uniqueIndex("invoices_customer_period_unique").on(t.customerId, t.periodStart),
    // Partial: a draft (no number, no ETTN yet) adds no entry, so drafting a run's invoices is cheaper.
    uniqueIndex("invoices_invoice_number_unique")
      .on(t.invoiceNumber)
      .where(sql`${t.invoiceNumber} is not null`),
    uniqueIndex("invoices_ettn_unique")
      .on(t.ettn)
      .where(sql`${t.ettn} is not null`),
    index("invoices_status_due_idx").on(t.status, t.dueAt),
    // The invoice list's sorts (db/queries/invoice-list.ts invoiceOrder), each its column(s) and the
    // id, read forwards or backwards: a page of 1,200,000 invoices in any order reads 20 entries. The
    // first also serves every read of a period.
    index("invoices_period_number_idx").on(t.periodStart, t.invoiceNumber, t.id),
    index("invoices_number_idx").on(t.invoiceNumber, t.id),
    index("invoices_total_idx").on(t.total, t.id),
    index("invoices_due_idx").on(t.dueAt, t.id),
    // What is owed (sent and overdue, with amounts) counted from a small index alone.
    index("invoices_unpaid_idx")
      .on(t.status, t.total)
      .where(sql`${t.status} in ('sent', 'overdue')`),
    check("invoices_total_check", sql`${t.total} = ${t.subtotal} + ${t.kdv}`),
    // A draft may be cancelled before it gets a number; anything issued has one.
    check("invoices_number_check", sql`${t.status} in ('draft', 'cancelled') or ${t.invoiceNumber} is not null`),
    check(
      "invoices_issued_check",
      sql`${t.invoiceNumber} is null or (${t.ettn} is not null and ${t.issuedAt} is not null and ${t.dueAt} is not null and ${t.seller} is not null and ${t.buyer} is not null)`,
    ),
  ],
);

export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: invoiceLineKindEnum("kind").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitPrice: kurus("unit_price").notNull(),
    amount: kurusTotal("amount").notNull(),
  },
  (t) => [
    uniqueIndex("invoice_lines_invoice_position_unique").on(t.invoiceId, t.position),
    check("invoice_lines_amount_check", sql`${t.amount} = ${t.quantity}::bigint * ${t.unitPrice}`),
  ],
);

export const payments = pgTable(
  "payments",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    provider: paymentProviderEnum("provider").notNull(),
    /** Iyzico's paymentId, or the bank reference of a transfer. */
    providerPaymentId: text("provider_payment_id"),
    conversationId: text("conversation_id").notNull(),
    checkoutToken: text("checkout_token"),
    status: paymentStatusEnum("status").notNull().default("pending"),
    amount: kurusTotal("amount").notNull(),
    refundedAmount: kurusTotal("refunded_amount").notNull().default(0),
    rawResponse: jsonb("raw_response").$type<Record<string, unknown>>(),
    /** The card, for display only: its network (MASTER_CARD...) and last four digits. */
    cardAssociation: text("card_association"),
    cardLastFour: text("card_last_four"),
    /** Why a card payment failed, in words for the customer. */
    failureReason: text("failure_reason"),
    /** When the provider's answer settled it (succeeded or failed). */
    settledAt: ts("settled_at"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("payments_provider_payment_id_unique").on(t.provider, t.providerPaymentId),
    uniqueIndex("payments_conversation_id_unique").on(t.conversationId),
    uniqueIndex("payments_checkout_token_unique").on(t.checkoutToken),
    index("payments_invoice_id_idx").on(t.invoiceId),
    index("payments_customer_id_idx").on(t.customerId),
    index("payments_recorded_by_idx").on(t.recordedBy),
    index("payments_status_created_idx").on(t.status, t.createdAt),
    check("payments_amount_check", sql`${t.amount} > 0 and ${t.refundedAmount} between 0 and ${t.amount}`),
  ],
);

/** A billing run of one period, started by the cron or by an admin. */
export const billingRuns = pgTable(
  "billing_runs",
  {
    id: id(),
    periodStart: ts("period_start").notNull(),
    periodEnd: ts("period_end").notNull(),
    status: billingRunStatusEnum("status").notNull().default("running"),
    invoiceCount: integer("invoice_count").notNull().default(0),
    error: text("error"),
    triggeredBy: uuid("triggered_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: createdAt(),
    /** When the run last moved on (started, or finished a chunk): one that stops moving is taken as stopped. */
    progressAt: ts("progress_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    index("billing_runs_period_start_idx").on(t.periodStart),
    index("billing_runs_triggered_by_idx").on(t.triggeredBy),
    // One run of a period at a time (lib/billing/run.ts): a second is refused while the first runs.
    uniqueIndex("billing_runs_one_running_per_period")
      .on(t.periodStart)
      .where(sql`${t.status} = 'running'`),
  ],
);

/** Gapless sequences (order numbers per year, invoice numbers per year): one row per key. */
export const numberCounters = pgTable("number_counters", {
  key: text("key").primaryKey(),
  value: integer("value").notNull().default(0),
});

export type Invoice = typeof invoices.$inferSelect;
export type Payment = typeof payments.$inferSelect;
