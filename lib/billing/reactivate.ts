import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db";
import { customers, invoices } from "@/db/schema";
import { writeAudits } from "../audit";
import type { Context } from "../context";
import { transactionWithEmails } from "../email";
import { panelUrl } from "./links";

const BATCH = 500;

type Row = { id: string; company_name: string; contact_name: string; email: string };

/**
 * Customers suspended for non-payment that no longer have an overdue invoice (paid, or cancelled by
 * operations) become active again, with the "hesabınız yeniden etkin" e-mail and an audit row. Only a
 * suspension for non-payment: one decided by operations stays. Idempotent (the update re-checks the
 * customer's status), so the paid event, the admin's bank transfer and the sweep may all call it.
 * Returns how many customers it reactivated.
 */
export async function reactivateSettledCustomers(
  ctx: Context,
  params: { customerId?: string; now?: Date } = {},
): Promise<number> {
  const now = params.now ?? new Date();
  const at = sql`${now.toISOString()}::timestamptz`;
  const settled = sql`${customers.status} = 'suspended' and ${customers.suspensionReason} = 'non_payment'
    and not exists (select 1 from ${invoices} where ${invoices.customerId} = ${customers.id} and ${invoices.status} = 'overdue')
    ${params.customerId ? sql`and ${customers.id} = ${params.customerId}::uuid` : sql``}`;
  let total = 0;
  for (;;) {
    const count = await transactionWithEmails(async (tx, _queue, queueAll) => {
      const rows = rowsOf<Row>(
        await tx.execute(sql`
          update ${customers} set status = 'active', suspension_reason = null, suspended_at = null, updated_at = ${at}
          where ${settled} and ${customers.id} in (select ${customers.id} from ${customers} where ${settled} limit ${BATCH})
          returning ${customers.id}, ${customers.companyName}, ${customers.contactName}, ${customers.email}`),
      );
      await queueAll(
        rows.map((row) => ({
          to: row.email,
          template: "account-reactivated" as const,
          data: { name: row.contact_name, companyName: row.company_name, panelUrl: panelUrl() },
        })),
      );
      await writeAudits(
        tx,
        ctx,
        rows.map((row) => ({
          action: "customer.reactivated",
          entityType: "customer",
          entityId: row.id,
          before: { status: "suspended", suspensionReason: "non_payment" },
          after: { status: "active" },
        })),
      );
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}
