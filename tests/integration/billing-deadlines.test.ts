import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { customers } from "@/db/schema";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice, generateInvoices } from "@/lib/billing/generate";
import { processDeadlines } from "@/lib/billing/deadlines";
import { recordBankTransfer } from "@/lib/billing/paid";
import { istanbulTime } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import { adminCtx, systemCtx } from "./helpers/context";
import { ids, insertCustomer, insertUser } from "./helpers/fixtures";
import {
  auditsOf,
  BEFORE_PERIOD,
  completeOrders,
  customerStatus,
  emailsTo,
  invoiceOf,
  PERIOD,
  RUN_AT,
} from "./helpers/billing";

const ctx = systemCtx("invoice-deadlines");
const at = (day: number, hour: number, minute = 0) => istanbulTime(2026, 2, day, hour, minute);
const EMAIL = "muhasebe@anadolu.test";

afterEach(() => {
  delete process.env.SUSPENSION_GRACE_HOURS;
  resetEnvCache();
});

/** Customer A with one invoice issued on 15.02.2026 09:00, due 16.02.2026 09:00. */
async function issuedInvoice(customerId: string = ids.customerA, email = EMAIL) {
  await insertCustomer({ id: customerId, createdAt: BEFORE_PERIOD, email, companyName: "Anadolu Kozmetik Ltd. Şti." });
  await completeOrders(customerId, [80]);
  const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId, now: RUN_AT });
  await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
  return invoiceId!;
}

const templates = async (email = EMAIL) => (await emailsTo(email)).map((row) => row.template);

describe("the deadline rule", () => {
  it("at 7 instants around the deadlines, run twice each, reminds, marks overdue and suspends exactly once", async () => {
    const invoiceId = await issuedInvoice();
    const expected: [Date, string[], string][] = [
      [at(16, 2, 59), ["invoice-issued"], "sent"], // 6 h 1 min before due: too early
      [at(16, 3, 0), ["invoice-issued", "invoice-reminder"], "sent"], // 6 h before due
      [at(16, 8, 59), ["invoice-issued", "invoice-reminder"], "sent"],
      [at(16, 9, 0), ["invoice-issued", "invoice-reminder", "invoice-overdue"], "overdue"], // due
      [at(17, 8, 59), ["invoice-issued", "invoice-reminder", "invoice-overdue"], "overdue"],
      [at(17, 9, 0), ["invoice-issued", "invoice-reminder", "invoice-overdue", "account-suspended"], "overdue"],
      [at(20, 12, 0), ["invoice-issued", "invoice-reminder", "invoice-overdue", "account-suspended"], "overdue"],
    ];
    for (const [now, mails, status] of expected) {
      await processDeadlines(ctx, { now });
      await processDeadlines(ctx, { now });
      expect(await templates(), now.toISOString()).toEqual(mails);
      expect((await invoiceOf(ids.customerA))!.status).toBe(status);
    }
    const invoice = (await invoiceOf(ids.customerA))!;
    expect(invoice).toMatchObject({
      reminderSentAt: at(16, 3),
      overdueNoticeSentAt: at(16, 9),
      suspensionAppliedAt: at(17, 9),
    });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
    expect((await auditsOf(invoiceId)).map((row) => row.action)).toEqual([
      "invoice.created",
      "invoice.sent",
      "invoice.reminder_sent",
      "invoice.overdue",
      "invoice.suspension_applied",
    ]);
    expect((await auditsOf(ids.customerA)).map((row) => row.action)).toEqual(["customer.suspended"]);
    const [suspended] = await emailsTo(EMAIL, "account-suspended");
    expect(suspended!.data).toMatchObject({ invoiceNumbers: ["CRD2026000000001"], total: "₺6.120,00" });
    const [overdue] = await emailsTo(EMAIL, "invoice-overdue");
    expect(overdue!.data).toMatchObject({ dueAt: "16.02.2026 09:00", suspensionAt: "17.02.2026 09:00" });
  });

  it("does each thing once when five sweeps run at the same time", async () => {
    await issuedInvoice();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => processDeadlines(ctx, { now: at(17, 10) })));
    expect(outcomes.reduce((sum, outcome) => sum + outcome.overdue, 0)).toBe(1);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.suspended, 0)).toBe(1);
    expect(await templates()).toEqual(["invoice-issued", "invoice-overdue", "account-suspended"]);
  });

  it("found late, sends the final notice and not a reminder for a deadline already past", async () => {
    await issuedInvoice();
    expect(await processDeadlines(ctx, { now: at(16, 10) })).toEqual({
      reminded: 0,
      overdue: 1,
      suspended: 0,
      reactivated: 0,
    });
    expect(await templates()).toEqual(["invoice-issued", "invoice-overdue"]);
  });

  it("sees a payment made between two steps: no overdue notice, no suspension", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    const invoiceId = await issuedInvoice();
    await processDeadlines(ctx, { now: at(16, 4) });
    await recordBankTransfer(
      adminCtx(admin),
      { invoiceId, paidOn: "2026-02-16", reference: "EFT-2026-0001" },
      at(16, 5),
    );
    await processDeadlines(ctx, { now: at(16, 9) });
    await processDeadlines(ctx, { now: at(17, 9) });
    expect(await templates()).toEqual(["invoice-issued", "invoice-reminder"]);
    expect((await invoiceOf(ids.customerA))!).toMatchObject({ status: "paid", paidAt: at(16, 5) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
  });

  it("waits SUSPENSION_GRACE_HOURS after the due time before suspending", async () => {
    process.env.SUSPENSION_GRACE_HOURS = "48";
    resetEnvCache();
    await issuedInvoice();
    await processDeadlines(ctx, { now: at(18, 8, 59) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
    await processDeadlines(ctx, { now: at(18, 9) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
  });

  it("leaves a customer suspended by operations as it is, and sends no suspension e-mail", async () => {
    await issuedInvoice();
    const db = await getDb();
    await db.update(customers).set({ status: "suspended", suspensionReason: "admin" });
    await processDeadlines(ctx, { now: at(18, 0) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "admin" });
    expect(await templates()).toEqual(["invoice-issued", "invoice-overdue"]);
  });
});

describe("reactivation", () => {
  it("comes when every overdue invoice is paid, with its e-mail, and not before", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    const first = await issuedInvoice();
    // A second overdue invoice of the same customer, from the period before.
    await completeOrders(ids.customerA, [30], istanbulTime(2025, 12, 20));
    const previous = { start: istanbulTime(2025, 12, 15), end: istanbulTime(2026, 1, 15) };
    const [outcome] = await generateInvoices(ctx, { period: previous, customerIds: [ids.customerA], now: RUN_AT });
    await finalizeInvoices(ctx, { invoiceIds: [outcome!.invoiceId!], now: RUN_AT });
    await processDeadlines(ctx, { now: at(17, 9) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });

    const ops = adminCtx(admin);
    await recordBankTransfer(ops, { invoiceId: first, paidOn: "2026-02-18", reference: "EFT-1" }, at(18, 10));
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
    await recordBankTransfer(
      ops,
      { invoiceId: outcome!.invoiceId!, paidOn: "2026-02-18", reference: "EFT-2" },
      at(18, 11),
    );
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
    expect((await templates()).filter((name) => name === "account-reactivated")).toHaveLength(1);
    expect((await auditsOf(ids.customerA)).map((row) => row.action)).toEqual([
      "customer.suspended",
      "customer.reactivated",
    ]);
    // The sweep finds nothing more to do.
    expect(await processDeadlines(ctx, { now: at(19, 0) })).toEqual({
      reminded: 0,
      overdue: 0,
      suspended: 0,
      reactivated: 0,
    });
  });
});
