import "./helpers/next-mocks";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  billPeriodAction,
  cancelInvoiceAction,
  finalizeInvoiceAction,
  processDeadlinesAction,
  recordBankTransferAction,
} from "@/app/(admin)/yonetim/faturalar/actions";
import { getDb } from "@/db";
import { listBillingRuns } from "@/db/queries/billing";
import { auditLogs, billingRuns, customers, invoices, payments } from "@/db/schema";
import { generateInvoice } from "@/lib/billing/generate";
import { BILLING_MESSAGES } from "@/lib/billing/messages";
import { billingPeriodLabel, lastEndedPeriod } from "@/lib/billing/period";
import { STOPPED_RUN_ERROR } from "@/lib/billing/run";
import { istanbulDateKey } from "@/lib/dates";
import { completeOrders, customerStatus, invoiceOf } from "./helpers/billing";
import { systemCtx } from "./helpers/context";
import { ids, sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The actions run at the real clock: customer A has completed orders in the last period that ended,
 * and existed before it; its draft is generated (not issued) unless `issue` says so.
 */
async function billable() {
  const people = await twoCustomers();
  const period = lastEndedPeriod(new Date());
  const db = await getDb();
  await db
    .update(customers)
    .set({ createdAt: new Date(period.start.getTime() - 40 * DAY) })
    .where(eq(customers.id, ids.customerA));
  await completeOrders(ids.customerA, [120], new Date(period.start.getTime() + 3 * DAY));
  return { ...people, period };
}

async function draftOfA() {
  const { period, ...people } = await billable();
  const { invoiceId } = await generateInvoice(systemCtx("test"), { period, customerId: ids.customerA });
  return { ...people, period, invoiceId: invoiceId! };
}

async function issuedOfA() {
  const made = await draftOfA();
  signInAs(sessionOf(made.admin));
  expect(await finalizeInvoiceAction(null, form({ invoiceId: made.invoiceId }))).toMatchObject({ ok: true });
  return made;
}

async function counts() {
  const db = await getDb();
  const [[audits], [runs], [paid]] = await Promise.all([
    db.select({ n: count() }).from(auditLogs),
    db.select({ n: count() }).from(billingRuns),
    db.select({ n: count() }).from(payments),
  ]);
  return { audits: audits!.n, runs: runs!.n, payments: paid!.n };
}

describe("the billing actions refuse everyone but operations", () => {
  it("a customer's user is refused each action and nothing is written", async () => {
    const { userA, invoiceId } = await draftOfA();
    const before = { counts: await counts(), invoice: await invoiceOf(ids.customerA) };
    signInAs(sessionOf(userA));
    const forbidden = { ok: false, formError: expect.any(String) };
    expect(await billPeriodAction(null, form({}))).toEqual(forbidden);
    expect(await processDeadlinesAction(null, form({}))).toEqual(forbidden);
    expect(await finalizeInvoiceAction(null, form({ invoiceId }))).toEqual(forbidden);
    expect(
      await recordBankTransferAction(
        null,
        form({ invoiceId, paidOn: istanbulDateKey(new Date()), reference: "EFT-1" }),
      ),
    ).toEqual(forbidden);
    expect(await cancelInvoiceAction(null, form({ invoiceId, reason: "Müşteri iptal etmek istedi" }))).toEqual(
      forbidden,
    );
    signInAs(null);
    expect(await billPeriodAction(null, form({}))).toEqual(forbidden);
    expect(await counts()).toEqual(before.counts);
    expect(await invoiceOf(ids.customerA)).toEqual(before.invoice);
  });
});

describe("Dönemi faturalandır and Vadeleri işle", () => {
  it("bills the last ended period by default, says how many, and finds nothing the second time", async () => {
    const { admin, period } = await billable();
    signInAs(sessionOf(admin));
    const label = billingPeriodLabel(period);
    expect(await billPeriodAction(null, form({ periodStart: "" }))).toMatchObject({
      ok: true,
      message: `${label} dönemi faturalandırıldı: 1 fatura kesildi.`,
    });
    expect(await invoiceOf(ids.customerA)).toMatchObject({ status: "sent", periodStart: period.start });
    expect(await billPeriodAction(null, form({}))).toMatchObject({
      ok: true,
      message: `${label} dönemi: kesilecek yeni fatura yok.`,
    });
    // A period that has not ended, or a day no period starts on: refused on the field.
    const notAPeriod = await billPeriodAction(null, form({ periodStart: "2026-01-14" }));
    expect(notAPeriod).toMatchObject({
      ok: false,
      fieldErrors: { periodStart: ["Geçerli bir faturalandırma dönemi seçin (ayın 15'inde başlar)."] },
    });
  });

  it("says the period is being billed when a run of it is under way, and bills nothing", async () => {
    const { admin, period } = await billable();
    const db = await getDb();
    await db.insert(billingRuns).values({ periodStart: period.start, periodEnd: period.end });
    signInAs(sessionOf(admin));
    expect(await billPeriodAction(null, form({}))).toEqual({ ok: false, formError: BILLING_MESSAGES.RUN_IN_PROGRESS });
    expect(await invoiceOf(ids.customerA)).toBeNull();
  });

  it("lists the runs newest first: who started each, what it issued, and why a stopped one stopped", async () => {
    const { admin, period } = await billable();
    const db = await getDb();
    // A run with no user that stopped half an hour in, an hour ago: the next run records it as stopped.
    await db.insert(billingRuns).values({
      periodStart: period.start,
      periodEnd: period.end,
      startedAt: new Date(Date.now() - 90 * 60_000),
      progressAt: new Date(Date.now() - 60 * 60_000),
    });
    signInAs(sessionOf(admin));
    expect(await billPeriodAction(null, form({}))).toMatchObject({ ok: true });
    const runs = await listBillingRuns(db, { limit: 5 });
    expect(runs).toMatchObject([
      { status: "completed", invoiceCount: 1, startedBy: "Operasyon", periodStart: period.start, error: null },
      { status: "failed", invoiceCount: 0, startedBy: null, error: STOPPED_RUN_ERROR },
    ]);
    expect(runs[0]!.finishedAt).toBeInstanceOf(Date);
    expect(await listBillingRuns(db, { limit: 1 })).toHaveLength(1);
  });

  it("processes deadlines now: a long overdue invoice turns overdue and suspends its customer", async () => {
    const { admin, invoiceId } = await issuedOfA();
    const db = await getDb();
    // Issued three days ago: due two days ago, past the 24-hour grace.
    await db
      .update(invoices)
      .set({ issuedAt: new Date(Date.now() - 3 * DAY), dueAt: new Date(Date.now() - 2 * DAY) })
      .where(eq(invoices.id, invoiceId));
    signInAs(sessionOf(admin));
    expect(await processDeadlinesAction(null, form({}))).toMatchObject({
      ok: true,
      data: { overdue: 1, suspended: 1 },
      message: expect.stringMatching(/^Vadeler işlendi: 0 hatırlatma, 1 fatura vadesi geçti, 1 müşteri askıya alındı/),
    });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
    expect(await processDeadlinesAction(null, form({}))).toMatchObject({
      ok: true,
      message: "Vadeler işlendi: yapılacak bir şey yoktu.",
    });
  });
});

describe("an invoice's actions", () => {
  it("Faturayı kes numbers a draft once; a second time the status machine refuses", async () => {
    const { admin, invoiceId } = await draftOfA();
    signInAs(sessionOf(admin));
    const issued = await finalizeInvoiceAction(null, form({ invoiceId }));
    const { invoiceNumber } = (await invoiceOf(ids.customerA))!;
    expect(invoiceNumber).toMatch(/^CRD\d{13}$/);
    expect(issued).toEqual({
      ok: true,
      data: undefined,
      message: `${invoiceNumber} numaralı fatura kesildi ve müşteriye gönderildi.`,
    });
    expect(await finalizeInvoiceAction(null, form({ invoiceId }))).toEqual({
      ok: false,
      formError: 'Fatura zaten "Ödeme bekleniyor" durumunda.',
    });
  });

  it("Havale/EFT kaydet refuses a future date and an empty reference on their fields, then pays and reactivates", async () => {
    const { admin, invoiceId } = await issuedOfA();
    const db = await getDb();
    await db
      .update(invoices)
      .set({ issuedAt: new Date(Date.now() - 3 * DAY), dueAt: new Date(Date.now() - 2 * DAY) })
      .where(eq(invoices.id, invoiceId));
    signInAs(sessionOf(admin));
    await processDeadlinesAction(null, form({}));
    const before = await counts();
    const tomorrow = istanbulDateKey(new Date(Date.now() + DAY));
    expect(
      await recordBankTransferAction(null, form({ invoiceId, paidOn: tomorrow, reference: "EFT-778899" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { paidOn: ["Ödeme tarihi bugünden sonra olamaz."] },
    });
    const today = istanbulDateKey(new Date());
    // An empty field is asked for, not told it is too short (the form shows the first message).
    const empty = await recordBankTransferAction(null, form({ invoiceId, paidOn: today, reference: "" }));
    expect(empty.ok === false && empty.fieldErrors?.reference?.[0]).toBe("Banka referansını girin.");
    expect(await recordBankTransferAction(null, form({ invoiceId, paidOn: "", reference: "EFT-1" }))).toMatchObject({
      ok: false,
      fieldErrors: { paidOn: ["Ödeme tarihini seçin."] },
    });
    expect(await counts()).toEqual(before);
    expect(await invoiceOf(ids.customerA)).toMatchObject({ status: "overdue" });

    const paid = await recordBankTransferAction(null, form({ invoiceId, paidOn: today, reference: "EFT-778899" }));
    const { invoiceNumber } = (await invoiceOf(ids.customerA))!;
    expect(paid).toMatchObject({
      ok: true,
      message: `${invoiceNumber} numaralı faturanın havale/EFT ödemesi kaydedildi.`,
    });
    expect(await invoiceOf(ids.customerA)).toMatchObject({ status: "paid", paymentMethod: "bank_transfer" });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
  });

  it("Faturayı iptal et needs a reason, then cancels and keeps the number", async () => {
    const { admin, invoiceId } = await issuedOfA();
    signInAs(sessionOf(admin));
    const { invoiceNumber } = (await invoiceOf(ids.customerA))!;
    const empty = await cancelInvoiceAction(null, form({ invoiceId, reason: " " }));
    expect(empty.ok === false && empty.fieldErrors?.reason?.[0]).toBe("İptal nedenini yazın.");
    expect(await cancelInvoiceAction(null, form({ invoiceId, reason: "yok" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["İptal nedeni en az 5 karakter olmalı."] },
    });
    expect(await invoiceOf(ids.customerA)).toMatchObject({ status: "sent" });
    expect(await cancelInvoiceAction(null, form({ invoiceId, reason: "Yanlış dönem faturalandı" }))).toEqual({
      ok: true,
      data: undefined,
      message: `${invoiceNumber} numaralı fatura iptal edildi.`,
    });
    expect(await invoiceOf(ids.customerA)).toMatchObject({
      status: "cancelled",
      invoiceNumber,
      cancelReason: "Yanlış dönem faturalandı",
    });
  });
});
