import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db";
import { customers, invoices } from "@/db/schema";
import { writeAudits } from "../audit";
import { company } from "../company";
import type { Context } from "../context";
import { formatIstanbulDateTime } from "../dates";
import { transactionWithEmails, type QueueEmails } from "../email";
import { env } from "../env";
import { formatKurus } from "../money";
import { queueOpsAlert, type OpsAlertData } from "../ops-alerts";
import { reactivateSettledCustomers } from "./reactivate";
import { invoicesUrl, invoiceUrl } from "./links";

const HOUR_MS = 60 * 60_000;
/** The reminder goes this long before the due time. */
export const REMINDER_LEAD_MS = 6 * HOUR_MS;
/** Rows per transaction: a sweep after an outage works through its backlog in bounded steps. */
const BATCH = 500;

export const suspensionGraceMs = () => env().SUSPENSION_GRACE_HOURS * HOUR_MS;

/** When each deadline of an invoice due at `dueAt` falls. */
export function deadlinesOf(dueAt: Date) {
  return {
    reminderAt: new Date(dueAt.getTime() - REMINDER_LEAD_MS),
    dueAt,
    suspensionAt: new Date(dueAt.getTime() + suspensionGraceMs()),
  };
}

type Row = {
  id: string;
  customer_id: string;
  invoice_number: string;
  total: string | number;
  due_at: string | Date;
  company_name: string;
  contact_name: string;
  email: string;
};

const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Sets `set` on the invoices matching `where` (at most BATCH, soonest due first) and returns them with
 * their customer. `where` is repeated on the outer update so that an invoice changed by a concurrent
 * transaction (a payment) is re-checked after its lock is released and left out.
 */
async function claim(tx: Tx, set: SQL, where: SQL): Promise<Row[]> {
  const result = await tx.execute(sql`
    update ${invoices} set ${set}
    from ${customers}
    where ${customers.id} = ${invoices.customerId} and ${where}
      and ${invoices.id} in (select ${invoices.id} from ${invoices} where ${where} order by ${invoices.dueAt} limit ${BATCH})
    returning ${invoices.id}, ${invoices.customerId}, ${invoices.invoiceNumber}, ${invoices.total}, ${invoices.dueAt},
      ${customers.companyName}, ${customers.contactName}, ${customers.email}`);
  return rowsOf<Row>(result);
}

/** A step claims up to BATCH invoices; it returns how many it claimed and what it counts as done. */
type Step = (tx: Tx, queueAll: QueueEmails) => Promise<{ claimed: number; done: number }>;

/** Runs a step in transactions of BATCH invoices until nothing is left. */
async function repeat(step: Step): Promise<number> {
  let total = 0;
  for (;;) {
    const { claimed, done } = await transactionWithEmails((tx, _queue, queueAll) => step(tx, queueAll));
    total += done;
    if (claimed < BATCH) return total;
  }
}

const scoped = (condition: SQL, invoiceId: string | undefined) =>
  invoiceId ? sql`${condition} and ${invoices.id} = ${invoiceId}::uuid` : condition;

function remind(ctx: Context, now: Date, invoiceId?: string): Step {
  const where = scoped(
    sql`${invoices.status} = 'sent' and ${invoices.reminderSentAt} is null
      and ${invoices.dueAt} <= ${ts(new Date(now.getTime() + REMINDER_LEAD_MS))} and ${invoices.dueAt} > ${ts(now)}`,
    invoiceId,
  );
  return async (tx, queueAll) => {
    const rows = await claim(tx, sql`reminder_sent_at = ${ts(now)}, updated_at = ${ts(now)}`, where);
    const iban = company().iban;
    await queueAll(
      rows.map((row) => ({
        to: row.email,
        template: "invoice-reminder" as const,
        data: {
          name: row.contact_name,
          invoiceNumber: row.invoice_number,
          total: formatKurus(Number(row.total)),
          dueAt: formatIstanbulDateTime(new Date(row.due_at)),
          invoiceUrl: invoiceUrl(row.id),
          iban,
        },
      })),
    );
    await writeAudits(
      tx,
      ctx,
      rows.map((row) => ({ action: "invoice.reminder_sent", entityType: "invoice", entityId: row.id })),
    );
    return { claimed: rows.length, done: rows.length };
  };
}

function markOverdue(ctx: Context, now: Date, invoiceId?: string): Step {
  const where = scoped(sql`${invoices.status} = 'sent' and ${invoices.dueAt} <= ${ts(now)}`, invoiceId);
  return async (tx, queueAll) => {
    const rows = await claim(
      tx,
      sql`status = 'overdue', overdue_notice_sent_at = ${ts(now)}, updated_at = ${ts(now)}`,
      where,
    );
    const iban = company().iban;
    await queueAll(
      rows.map((row) => {
        const dueAt = new Date(row.due_at);
        return {
          to: row.email,
          template: "invoice-overdue" as const,
          data: {
            name: row.contact_name,
            companyName: row.company_name,
            invoiceNumber: row.invoice_number,
            total: formatKurus(Number(row.total)),
            dueAt: formatIstanbulDateTime(dueAt),
            suspensionAt: formatIstanbulDateTime(deadlinesOf(dueAt).suspensionAt),
            invoiceUrl: invoiceUrl(row.id),
            iban,
          },
        };
      }),
    );
    await writeAudits(
      tx,
      ctx,
      rows.map((row) => ({
        action: "invoice.overdue",
        entityType: "invoice",
        entityId: row.id,
        before: { status: "sent" },
        after: { status: "overdue", overdueNoticeSentAt: now.toISOString() },
      })),
    );
    if (rows.length > 0) await queueOpsAlert(tx, ctx, "invoice_overdue", overdueAlert(rows));
    return { claimed: rows.length, done: rows.length };
  };
}

/** One alert per batch, not per invoice: a sweep after an outage would otherwise send hundreds. */
function overdueAlert(rows: Row[]): OpsAlertData {
  const total = formatKurus(rows.reduce((sum, row) => sum + Number(row.total), 0));
  const [first] = rows;
  if (rows.length === 1 && first) {
    return {
      summary: `${first.invoice_number} · ${first.company_name} · ${total}`,
      details: { "Son ödeme": formatIstanbulDateTime(new Date(first.due_at)) },
      path: `/yonetim/faturalar/${first.id}`,
    };
  }
  const shown = rows.slice(0, 10).map((row) => `${row.invoice_number} (${row.company_name})`);
  return {
    summary: `${rows.length} faturanın vadesi geçti · toplam ${total}`,
    details: {
      Faturalar: `${shown.join(", ")}${rows.length > shown.length ? ` ve ${rows.length - shown.length} fatura daha` : ""}`,
    },
    path: "/yonetim/faturalar?durum=overdue",
  };
}

function suspend(ctx: Context, now: Date, invoiceId?: string): Step {
  const where = scoped(
    sql`${invoices.status} = 'overdue' and ${invoices.suspensionAppliedAt} is null
      and ${invoices.dueAt} <= ${ts(new Date(now.getTime() - suspensionGraceMs()))}`,
    invoiceId,
  );
  return async (tx, queueAll) => {
    const rows = await claim(tx, sql`suspension_applied_at = ${ts(now)}, updated_at = ${ts(now)}`, where);
    if (rows.length === 0) return { claimed: 0, done: 0 };
    const byCustomer = new Map<string, Row[]>();
    for (const row of rows) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), row]);
    // Only an active customer: one suspended by operations or closed keeps its status and reason.
    const suspended = await tx
      .update(customers)
      .set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: now, updatedAt: now })
      .where(and(inArray(customers.id, [...byCustomer.keys()]), eq(customers.status, "active")))
      .returning({ id: customers.id });
    const suspendedIds = new Set(suspended.map((row) => row.id));
    await queueAll(
      [...suspendedIds].map((customerId) => {
        const owed = byCustomer.get(customerId)!;
        return {
          to: owed[0]!.email,
          template: "account-suspended" as const,
          data: {
            name: owed[0]!.contact_name,
            companyName: owed[0]!.company_name,
            invoiceNumbers: owed.map((row) => row.invoice_number),
            total: formatKurus(owed.reduce((sum, row) => sum + Number(row.total), 0)),
            invoicesUrl: invoicesUrl(),
          },
        };
      }),
    );
    await writeAudits(tx, ctx, [
      ...rows.map((row) => ({
        action: "invoice.suspension_applied",
        entityType: "invoice",
        entityId: row.id,
        after: { customerSuspended: suspendedIds.has(row.customer_id) },
      })),
      ...[...suspendedIds].map((customerId) => ({
        action: "customer.suspended",
        entityType: "customer",
        entityId: customerId,
        before: { status: "active" },
        after: {
          status: "suspended",
          suspensionReason: "non_payment",
          invoiceNumbers: byCustomer.get(customerId)!.map((row) => row.invoice_number),
        },
      })),
    ]);
    return { claimed: rows.length, done: suspendedIds.size };
  };
}

/** Invoices reminded and turned overdue; customers suspended and reactivated. */
export type DeadlineOutcome = { reminded: number; overdue: number; suspended: number; reactivated: number };

/**
 * The deadline rule, run by each invoice's schedule, by the 15-minute sweep and by `Vadeleri işle`:
 * 6 hours before the due time the reminder; at the due time the invoice turns `overdue` with the final
 * notice; SUSPENSION_GRACE_HOURS later the customer is suspended for non-payment, with its e-mail. What
 * was done is recorded on the invoice, and every step re-reads it under its row lock, so running it
 * again, late or at the same time does each thing once, and an invoice paid meanwhile is left alone.
 * A step that is already past is not done late: an invoice found past due gets the final notice, not
 * the reminder too. Without `invoiceId` (the sweep) it also reactivates customers whose overdue
 * invoices are all settled, in case a paid event was lost.
 */
export async function processDeadlines(
  ctx: Context,
  params: { now?: Date; invoiceId?: string } = {},
): Promise<DeadlineOutcome> {
  const now = params.now ?? new Date();
  const overdue = await repeat(markOverdue(ctx, now, params.invoiceId));
  const reminded = await repeat(remind(ctx, now, params.invoiceId));
  const suspended = await repeat(suspend(ctx, now, params.invoiceId));
  const reactivated = params.invoiceId ? 0 : await reactivateSettledCustomers(ctx, { now });
  return { reminded, overdue, suspended, reactivated };
}
