import "server-only";
import { eq } from "drizzle-orm";
import { getCustomerBalance, lockCustomer } from "@/db/queries/customer-detail";
import { customers } from "@/db/schema";
import { assertAdmin } from "@/lib/admin-guard";
import { writeAudit } from "@/lib/audit";
import { invoicesUrl, panelUrl } from "@/lib/billing/links";
import { company } from "@/lib/company";
import type { AdminContext } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { formatKurus } from "@/lib/money";
import { customerError } from "./messages";
import { customerStatus } from "./status";

/**
 * `Askıya al`: operations suspend a customer, with the reason they give (`Gerekçe`). The customer
 * keeps signing in and paying but cannot order, and the portal shows the suspended banner. A customer
 * already suspended for non-payment becomes suspended by operations instead, so paying its overdue
 * invoices no longer reactivates it by itself: the admin decided to keep it closed.
 *
 * Either way the customer is e-mailed at its contact address, as billing's suspension is, in the same
 * transaction (no e-mail if the change rolls back): the account is closed to new orders by us, it
 * may still sign in and pay, and whom to ask. The reason stays internal, as on the portal's banner.
 * Returns the address e-mailed.
 */
export async function suspendCustomer(
  ctx: AdminContext,
  input: { customerId: string; reason: string },
  now = new Date(),
): Promise<{ companyName: string; emailedTo: string }> {
  assertAdmin(ctx);
  return transactionWithEmails(async (tx, queue) => {
    const customer = await lockCustomer(tx, { customerId: input.customerId });
    if (!customer) throw customerError("CUSTOMER_NOT_FOUND");
    if (customer.status === "suspended" && customer.suspensionReason === "admin") {
      throw customerError("ALREADY_SUSPENDED");
    }
    if (customer.status !== "suspended") customerStatus.assert(customer.status, "suspended");
    const reason = input.reason.trim();
    await tx
      .update(customers)
      .set({
        status: "suspended",
        suspensionReason: "admin",
        suspensionNote: reason,
        // A suspension that only changes its reason keeps the time it began.
        ...(customer.status === "suspended" ? {} : { suspendedAt: now }),
        updatedAt: now,
      })
      .where(eq(customers.id, customer.id));
    await writeAudit(tx, ctx, {
      action: "customer.suspended",
      entityType: "customer",
      entityId: customer.id,
      before: { status: customer.status, suspensionReason: customer.suspensionReason },
      after: { status: "suspended", suspensionReason: "admin", reason },
    });
    const contact = company();
    await queue({
      to: customer.email,
      template: "account-suspended-by-operations",
      data: {
        name: customer.contactName,
        companyName: customer.companyName,
        panelUrl: panelUrl(),
        contactEmail: contact.email,
        contactPhone: contact.phone,
      },
    });
    return { companyName: customer.companyName, emailedTo: customer.email };
  });
}

/**
 * `Yeniden etkinleştir`: only a suspended customer. A suspension for non-payment normally ends by
 * itself when the overdue invoices are paid (or cancelled) — the billing rules reactivate the
 * customer. While overdue invoices remain, operations may still reactivate it (a promised transfer, a
 * dispute), but only saying so: `allowOverdue` and a note, both kept in the audit row with what is
 * owed. Without them the refusal says how much is overdue. The customer gets the "yeniden etkin"
 * e-mail, saying operations reopened it, committed with the change; returns the address e-mailed.
 */
export async function reactivateCustomer(
  ctx: AdminContext,
  input: { customerId: string; allowOverdue?: boolean; note?: string | null },
  now = new Date(),
): Promise<{ companyName: string; emailedTo: string }> {
  assertAdmin(ctx);
  return transactionWithEmails(async (tx, queue) => {
    const customer = await lockCustomer(tx, { customerId: input.customerId });
    if (!customer) throw customerError("CUSTOMER_NOT_FOUND");
    if (customer.status !== "suspended") throw customerError("NOT_SUSPENDED");
    const note = input.note?.trim() || null;
    const { overdue } = await getCustomerBalance(tx, { customerId: customer.id });
    if (customer.suspensionReason === "non_payment" && overdue.count > 0) {
      if (!input.allowOverdue) {
        throw customerError("OVERDUE_INVOICES", {
          message: `Müşterinin ${overdue.count} gecikmiş faturası var (toplam ${formatKurus(overdue.total)}). Ödeme kaydedildiğinde hesap kendiliğinden açılır; yine de açmak için onay verip bir not yazın.`,
        });
      }
      if (!note) throw customerError("OVERDUE_NOTE_REQUIRED", { field: "note" });
    }
    // The row is locked since it was read: nobody changed it in between.
    await tx
      .update(customers)
      .set({ status: "active", suspensionReason: null, suspensionNote: null, suspendedAt: null, updatedAt: now })
      .where(eq(customers.id, customer.id));
    await writeAudit(tx, ctx, {
      action: "customer.reactivated",
      entityType: "customer",
      entityId: customer.id,
      before: {
        status: "suspended",
        suspensionReason: customer.suspensionReason,
        suspensionNote: customer.suspensionNote,
      },
      after: {
        status: "active",
        note,
        ...(overdue.count > 0 ? { overdueInvoices: overdue.count, overdueTotal: overdue.total } : {}),
      },
    });
    await queue({
      to: customer.email,
      template: "account-reactivated",
      data: {
        name: customer.contactName,
        companyName: customer.companyName,
        panelUrl: panelUrl(),
        by: "operations",
        // Reopened with invoices still overdue: the customer is told what is owed and where to pay.
        ...(overdue.count > 0
          ? {
              overdue: {
                count: overdue.count,
                total: formatKurus(overdue.total),
                invoicesUrl: invoicesUrl(),
                iban: company().iban,
              },
            }
          : {}),
      },
    });
    return { companyName: customer.companyName, emailedTo: customer.email };
  });
}
