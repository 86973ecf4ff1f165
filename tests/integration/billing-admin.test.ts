import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getInvoiceDetail } from "@/db/queries/billing";
import { listInvoices, listRecentInvoices } from "@/db/queries/invoice-list";
import { invoices, payments } from "@/db/schema";
import { cancelInvoice } from "@/lib/billing/cancel";
import { processDeadlines } from "@/lib/billing/deadlines";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { recordBankTransfer } from "@/lib/billing/paid";
import { billPeriod } from "@/lib/billing/run";
import { istanbulTime } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { insertInvoice } from "./helpers/admin";
import { adminCtx, systemCtx } from "./helpers/context";
import { ids, insertCustomer, insertUser } from "./helpers/fixtures";
import { auditsOf, BEFORE_PERIOD, completeOrders, customerStatus, invoiceOf, PERIOD, RUN_AT } from "./helpers/billing";

const system = systemCtx("billing-test");
const at = (day: number, hour: number) => istanbulTime(2026, 2, day, hour);

async function setup(options: { issue?: boolean } = { issue: true }) {
  const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
  await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD });
  await completeOrders(ids.customerA, [200]);
  const { invoiceId } = await generateInvoice(system, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
  if (options.issue) await finalizeInvoices(system, { invoiceIds: [invoiceId!], now: RUN_AT });
  return { ops: adminCtx(admin), invoiceId: invoiceId! };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, field, userMessage } = error as AppError;
  return { code, field, userMessage };
}

describe("recording a bank transfer", () => {
  it("pays the invoice with the payment's date, records the payment with its reference, audits both", async () => {
    const { ops, invoiceId } = await setup();
    const paid = await recordBankTransfer(
      ops,
      { invoiceId, paidOn: "2026-02-15", reference: "TR-EFT-778899" },
      at(16, 14),
    );
    expect(paid).toMatchObject({ invoiceNumber: "CRD2026000000001", total: 960000 });
    // A transfer dated the issue day counts from the issue time, not from the day's midnight.
    expect((await invoiceOf(ids.customerA))!).toMatchObject({
      status: "paid",
      paidAt: RUN_AT,
      paymentMethod: "bank_transfer",
    });
    const db = await getDb();
    const [payment] = await db.select().from(payments);
    expect(payment).toMatchObject({
      provider: "bank_transfer",
      providerPaymentId: "TR-EFT-778899",
      status: "succeeded",
      amount: 960000,
      recordedBy: ids.admin,
    });
    expect((await auditsOf(invoiceId)).at(-1)).toMatchObject({
      action: "invoice.paid",
      actorLabel: "operasyon@cardak.test",
      before: { status: "sent" },
    });
    expect((await auditsOf(payment!.id)).map((row) => row.action)).toEqual(["payment.recorded"]);
  });

  it("refuses a date in the future or before the invoice, a reference already used, and a paid invoice; nothing half-saved", async () => {
    const { ops, invoiceId } = await setup();
    const now = at(16, 14);
    expect(await refusal(recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-17", reference: "R-1" }, now))).toEqual({
      code: "PAYMENT_DATE_IN_FUTURE",
      field: "paidOn",
      userMessage: "Ödeme tarihi bugünden sonra olamaz.",
    });
    expect(
      await refusal(recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-14", reference: "R-1" }, now)),
    ).toMatchObject({
      code: "PAYMENT_DATE_BEFORE_ISSUE",
      field: "paidOn",
    });
    await recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-16", reference: "R-1" }, now);
    expect(
      await refusal(recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-16", reference: "R-2" }, now)),
    ).toMatchObject({
      code: "INVOICE_INVALID_TRANSITION",
      userMessage: 'Fatura zaten "Ödendi" durumunda.',
    });
    const db = await getDb();
    expect(await db.select().from(payments)).toHaveLength(1);
  });

  it("refuses a bank reference another transfer already has, on its field", async () => {
    const { ops, invoiceId } = await setup();
    await insertCustomer({ id: ids.customerB, createdAt: BEFORE_PERIOD });
    const other = await generateInvoice(system, { period: PERIOD, customerId: ids.customerB, now: RUN_AT });
    await finalizeInvoices(system, { invoiceIds: [other.invoiceId!], now: RUN_AT });
    await recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-16", reference: "AYNI-REF" }, at(16, 12));
    const second = recordBankTransfer(
      ops,
      { invoiceId: other.invoiceId!, paidOn: "2026-02-16", reference: "AYNI-REF" },
      at(16, 12),
    );
    expect(await refusal(second)).toEqual({
      code: "PAYMENT_REFERENCE_TAKEN",
      field: "reference",
      userMessage: "Bu referansla kayıtlı bir ödeme zaten var.",
    });
    expect((await invoiceOf(ids.customerB))!.status).toBe("sent");
  });

  it("refuses a draft and an unknown invoice", async () => {
    const { ops, invoiceId } = await setup({ issue: false });
    expect(await refusal(recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-16", reference: "R-9" }))).toMatchObject(
      {
        code: "INVOICE_INVALID_TRANSITION",
        userMessage: "Taslak bir fatura ödenemez; önce faturayı kesin.",
      },
    );
    const missing = "9f000000-0000-4000-8000-000000000099";
    expect(
      await refusal(recordBankTransfer(ops, { invoiceId: missing, paidOn: "2026-02-16", reference: "R-9" })),
    ).toMatchObject({
      code: "INVOICE_NOT_FOUND",
    });
  });
});

describe("cancelling an invoice", () => {
  it("keeps its number and row, records the reason, stops its deadlines and reactivates the customer it suspended", async () => {
    const { ops, invoiceId } = await setup();
    await processDeadlines(system, { now: at(17, 10) });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
    await cancelInvoice(ops, { invoiceId, reason: "Hatalı paket adedi, yeniden düzenlenecek." }, at(17, 11));
    const invoice = (await invoiceOf(ids.customerA))!;
    expect(invoice).toMatchObject({
      status: "cancelled",
      invoiceNumber: "CRD2026000000001",
      cancelReason: "Hatalı paket adedi, yeniden düzenlenecek.",
      cancelledAt: at(17, 11),
    });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
    expect((await auditsOf(invoiceId)).at(-1)).toMatchObject({
      action: "invoice.cancelled",
      before: { status: "overdue" },
    });
    expect(await processDeadlines(system, { now: at(20, 0) })).toEqual({
      reminded: 0,
      overdue: 0,
      suspended: 0,
      reactivated: 0,
    });
  });

  it("cancels a draft before it has a number; refuses a paid or cancelled invoice", async () => {
    const { ops, invoiceId } = await setup({ issue: false });
    await cancelInvoice(ops, { invoiceId, reason: "Müşteri bu dönem hizmet almadı." });
    expect((await invoiceOf(ids.customerA))!).toMatchObject({ status: "cancelled", invoiceNumber: null });
    expect(await refusal(cancelInvoice(ops, { invoiceId, reason: "Tekrar iptal denemesi" }))).toMatchObject({
      code: "INVOICE_INVALID_TRANSITION",
      userMessage: 'Fatura zaten "İptal edildi" durumunda.',
    });
    // The cancelled draft still holds the period: the run does not bill the customer again.
    const run = await billPeriod(ops, { periodStart: "2026-01-15" }, at(16, 0));
    expect(run).toMatchObject({ created: 0, issued: 0 });
  });

  it("refuses to cancel a paid invoice", async () => {
    const { ops, invoiceId } = await setup();
    await recordBankTransfer(ops, { invoiceId, paidOn: "2026-02-15", reference: "R-5" }, at(15, 18));
    expect(await refusal(cancelInvoice(ops, { invoiceId, reason: "Yanlışlıkla kesildi" }))).toMatchObject({
      code: "INVOICE_INVALID_TRANSITION",
      userMessage: "Ödenmiş bir fatura değiştirilemez; gerekirse ödemeyi iade edin.",
    });
    const db = await getDb();
    const [row] = await db.select({ status: invoices.status }).from(invoices).where(eq(invoices.id, invoiceId));
    expect(row!.status).toBe("paid");
  });
});

describe("billing a period by hand", () => {
  it("bills the last period that ended by default, and refuses one that has not ended, on its field", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD });
    const ops = adminCtx(admin);
    expect(await refusal(billPeriod(ops, { periodStart: "2026-02-15" }, at(20, 0)))).toMatchObject({
      code: "PERIOD_NOT_ENDED",
      field: "periodStart",
    });
    expect(await refusal(billPeriod(ops, { periodStart: "2026-02-14" }, at(20, 0)))).toMatchObject({
      code: "PERIOD_INVALID",
      field: "periodStart",
    });
    expect(await billPeriod(ops, {}, at(20, 0))).toMatchObject({ created: 1, issued: 1 });
    const invoice = (await invoiceOf(ids.customerA))!;
    expect(invoice.periodStart).toEqual(PERIOD.start);
  });
});

describe("invoice reads for the screens", () => {
  it("show a customer only its own issued invoices; operations see drafts too", async () => {
    const { invoiceId } = await setup();
    await insertCustomer({ id: ids.customerB, createdAt: BEFORE_PERIOD });
    await generateInvoice(system, { period: PERIOD, customerId: ids.customerB, now: RUN_AT });
    const db = await getDb();
    const own = await listInvoices(db, { customerId: ids.customerA, filters: { page: 1 } });
    expect(own.rows.map((row) => row.id)).toEqual([invoiceId]);
    expect(await listInvoices(db, { customerId: ids.customerB, filters: { page: 1 } })).toMatchObject({
      count: 0,
      rows: [],
    });
    expect(await listInvoices(db, { customerId: null, filters: { page: 1 } })).toMatchObject({
      count: 2,
      totals: { total: 960000 + 180000 },
    });
    expect(await listInvoices(db, { customerId: null, filters: { status: "draft", page: 1 } })).toMatchObject({
      count: 1,
    });
    expect(await getInvoiceDetail(db, { invoiceId, customerId: ids.customerB })).toBeNull();
    const detail = await getInvoiceDetail(db, { invoiceId, customerId: ids.customerA });
    expect(detail!.lines.map((line) => line.kind)).toEqual(["packaging"]);
  });

  it("give the customer page a customer's latest invoices, drafts included, newest period first", async () => {
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD });
    await insertCustomer({ id: ids.customerB, createdAt: BEFORE_PERIOD });
    const months = [9, 10, 11, 12];
    for (const month of months) {
      const periodStart = istanbulTime(2025, month, 15);
      const periodEnd = istanbulTime(2025, month + 1, 15);
      await insertInvoice({
        customerId: ids.customerA,
        periodStart,
        periodEnd,
        status: month === 12 ? "draft" : "paid",
        subtotal: month * 1000,
      });
      await insertInvoice({ customerId: ids.customerB, periodStart, periodEnd, status: "sent", subtotal: 1000 });
    }
    const recent = await listRecentInvoices(await getDb(), { customerId: ids.customerA, limit: 3 });
    expect(recent.map((row) => [row.periodStart, row.status, row.total])).toEqual([
      [istanbulTime(2025, 12, 15), "draft", 14_400],
      [istanbulTime(2025, 11, 15), "paid", 13_200],
      [istanbulTime(2025, 10, 15), "paid", 12_000],
    ]);
  });
});
