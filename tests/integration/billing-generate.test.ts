import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditLogs, billingRuns, emails, invoiceLines, invoices, numberCounters, pricingTiers } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice, generateInvoices } from "@/lib/billing/generate";
import { BILLING_MESSAGES } from "@/lib/billing/messages";
import {
  billEndedPeriodWhenDue,
  BULK_CHUNK_SIZE,
  failedRunError,
  runBillingPeriod,
  STOPPED_RUN_ERROR,
} from "@/lib/billing/run";
import { billingPeriodOf } from "@/lib/billing/period";
import { RUN_STALE_MINUTES } from "@/lib/billing/status";
import { istanbulTime } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import { isAppError, type AppError } from "@/lib/errors";
import { startFakeInngest } from "../fakes/inngest";
import { systemCtx } from "./helpers/context";
import { aTransactionWaitsForALock, withTrigger } from "./helpers/db";
import { insertCustomer } from "./helpers/fixtures";
import {
  auditsOf,
  BEFORE_PERIOD,
  completeOrders,
  customerIds,
  emailsTo,
  invoiceOf,
  invoiceRows,
  linesOf,
  PERIOD,
  RUN_AT,
} from "./helpers/billing";

const ctx = systemCtx("billing-test");

/**
 * Runs `work` while another connection's transaction has done `statement` and not committed: on
 * PostgreSQL that transaction commits once one of the work's transactions is seen waiting for it (a
 * lock), so the work met a writer that came in between its reading and its writing. The embedded
 * database has one connection and runs transactions one after another: there the other writer
 * commits first.
 */
async function withOtherWriter<T>(statement: string, work: () => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    await (await getDb()).execute(sql.raw(statement));
    return work();
  }
  const other = postgres(url, { max: 1, onnotice: () => {} });
  try {
    let running: Promise<T> | undefined;
    await other.begin(async (tx) => {
      await tx.unsafe(statement);
      running = work();
      running.catch(() => {});
      await aTransactionWaitsForALock();
    });
    return await running!;
  } finally {
    await other.end({ timeout: 5 });
  }
}

const [a, b, c, d, e, f] = customerIds(6);

describe("generating a period's invoices", () => {
  it("prices each customer's completed packages of the period with the tier it reaches, and stores the lines", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    await insertCustomer({ id: b!, createdAt: BEFORE_PERIOD, serviceType: "premium" });
    await completeOrders(a!, [60, 40]); // 100: lowest tier, with storage
    await completeOrders(b!, [101]); // 101: next tier, premium surcharge
    // Outside the period: completed before it started, after it ended, or not completed at all.
    await completeOrders(a!, [500], istanbulTime(2026, 1, 14, 23, 59));
    await completeOrders(a!, [500], istanbulTime(2026, 2, 15, 0, 0));

    const outcomes = await generateInvoices(ctx, { period: PERIOD, customerIds: [a!, b!], now: RUN_AT });
    expect(outcomes.map((outcome) => outcome.created)).toEqual([true, true]);

    const invoiceA = (await invoiceOf(a!))!;
    expect(invoiceA).toMatchObject({ status: "draft", invoiceNumber: null, packageCount: 100, unitPrice: 4500 });
    expect([invoiceA.subtotal, invoiceA.kdv, invoiceA.total]).toEqual([600000, 120000, 720000]);
    expect(
      (await linesOf(invoiceA.id)).map(({ kind, quantity, unitPrice, amount }) => [kind, quantity, unitPrice, amount]),
    ).toEqual([
      ["packaging", 100, 4500, 450000],
      ["storage", 1, 150000, 150000],
    ]);
    const invoiceB = (await invoiceOf(b!))!;
    expect(invoiceB).toMatchObject({ packageCount: 101, unitPrice: 4750, subtotal: 479750, kdv: 95950, total: 575700 });
    expect((await linesOf(invoiceB.id)).map((line) => line.kind)).toEqual(["packaging"]);
  });

  it("bills storage to a customer without packages who was there all period; not to one who joined during it, nor a closed one", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    await insertCustomer({ id: b!, createdAt: istanbulTime(2026, 1, 20) });
    await insertCustomer({ id: c!, createdAt: BEFORE_PERIOD, status: "inactive" });
    await insertCustomer({ id: d!, createdAt: istanbulTime(2026, 1, 20) });
    await completeOrders(d!, [5]);
    const outcomes = await generateInvoices(ctx, { period: PERIOD, customerIds: [a!, b!, c!, d!], now: RUN_AT });
    expect(outcomes.map((outcome) => Boolean(outcome.invoiceId))).toEqual([true, false, false, true]);
    expect((await invoiceOf(a!))!.total).toBe(180000);
    // Joined during the period but had packages: billed, storage included (its tier has it).
    expect((await invoiceOf(d!))!.subtotal).toBe(5 * 4500 + 150000);
  });

  it("uses the tier table in effect at the period's start, not a price changed during the period", async () => {
    const db = await getDb();
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    await completeOrders(a!, [300]);
    await db.insert(pricingTiers).values({
      range: "251-500",
      minVolume: 251,
      maxVolume: 500,
      unitPrice: 9900,
      effectiveFrom: istanbulTime(2026, 2, 1),
    });
    await generateInvoice(ctx, { period: PERIOD, customerId: a!, now: RUN_AT });
    expect((await invoiceOf(a!))!.unitPrice).toBe(3500);
  });

  it("bills a custom customer at its contract price, and skips one without a contract price instead of failing the others", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD, serviceType: "custom", contractUnitPrice: 3150 });
    await insertCustomer({ id: b!, createdAt: BEFORE_PERIOD, serviceType: "custom", contractUnitPrice: null });
    await completeOrders(a!, [2000]);
    await completeOrders(b!, [10]);
    const outcomes = await generateInvoices(ctx, { period: PERIOD, customerIds: [a!, b!], now: RUN_AT });
    expect(outcomes.map((outcome) => Boolean(outcome.invoiceId))).toEqual([true, false]);
    expect((await invoiceOf(a!))!.subtotal).toBe(2000 * 3150);
  });

  it("refuses a period that has not ended, or that is not a billing period", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    const early = generateInvoices(ctx, { period: PERIOD, customerIds: [a!], now: istanbulTime(2026, 2, 14, 23, 59) });
    await expect(early).rejects.toSatisfy((error) => isAppError(error, "PERIOD_NOT_ENDED"));
    const odd = { start: istanbulTime(2026, 1, 16), end: istanbulTime(2026, 2, 16) };
    await expect(generateInvoices(ctx, { period: odd, customerIds: [a!], now: RUN_AT })).rejects.toSatisfy((error) =>
      isAppError(error, "PERIOD_INVALID"),
    );
    expect(await invoiceRows()).toEqual([]);
  });

  it("makes one invoice of 20 parallel generations for one customer, and each gets that invoice back", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    await completeOrders(a!, [120]);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => generateInvoice(ctx, { period: PERIOD, customerId: a!, now: RUN_AT })),
    );
    const db = await getDb();
    const rows = await db.select().from(invoices);
    expect(rows).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.invoiceId))).toEqual(new Set([rows[0]!.id]));
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(await db.select().from(invoiceLines)).toHaveLength(1);
  });
});

describe("the monthly run without Inngest (the in-process scheduler's hourly job)", () => {
  const runs = async () => {
    const db = await getDb();
    return (await db.select().from(billingRuns).orderBy(billingRuns.startedAt)).map((run) => ({
      status: run.status,
      invoiceCount: run.invoiceCount,
      triggeredBy: run.triggeredBy,
      periodStart: run.periodStart,
    }));
  };

  it("bills the period that ended from the 15th at 09:00, once", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    await completeOrders(a!, [10, 20]);
    // The period ended at midnight; the run is due at 09:00.
    expect(await billEndedPeriodWhenDue(ctx, istanbulTime(2026, 2, 15, 8, 59))).toEqual({ issued: 0 });
    expect(await runs()).toEqual([]);

    expect(await billEndedPeriodWhenDue(ctx, RUN_AT)).toEqual({ issued: 3 });
    expect((await invoiceRows()).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    const billed = [{ status: "completed", invoiceCount: 3, triggeredBy: null, periodStart: PERIOD.start }];
    expect(await runs()).toEqual(billed);

    // The next hours, and days later: billed already, nothing more (no second run recorded either).
    for (const hours of [1, 2, 48]) {
      expect(await billEndedPeriodWhenDue(ctx, new Date(RUN_AT.getTime() + hours * 3_600_000))).toEqual({
        issued: 0,
      });
    }
    expect(await runs()).toEqual(billed);
  });

  it("records no run while nobody is to be billed, and leaves a run in progress to finish", async () => {
    expect(await billEndedPeriodWhenDue(ctx, RUN_AT)).toEqual({ issued: 0 });
    expect(await runs()).toEqual([]);

    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    const db = await getDb();
    // Another server's run (or one started by hand) that is moving on.
    await db.insert(billingRuns).values({ periodStart: PERIOD.start, periodEnd: PERIOD.end, triggeredBy: null });
    expect(await billEndedPeriodWhenDue(ctx, RUN_AT)).toEqual({ issued: 0 });
    expect(await invoiceRows()).toEqual([]);
    expect((await runs()).map((run) => run.status)).toEqual(["running"]);
  });
});

describe("a period run", () => {
  it("bills every billable customer and issues the invoices; run again it creates nothing", async () => {
    for (const id of [a, b, c, d, e, f]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    await completeOrders(a!, [10, 20]);
    await completeOrders(b!, [300]);
    await completeOrders(c!, [1200]);
    // Small chunks so the run crosses chunk boundaries.
    const first = await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 4 });
    expect(first).toMatchObject({ created: 6, issued: 6 });
    const afterFirst = await invoiceRows();
    expect(afterFirst.map((row) => row.status)).toEqual(Array(6).fill("sent"));
    expect(afterFirst.map((row) => row.invoiceNumber)).toEqual(
      Array.from({ length: 6 }, (_, index) => `CRD2026${String(index + 1).padStart(9, "0")}`),
    );

    const second = await runBillingPeriod(ctx, { period: PERIOD, now: istanbulTime(2026, 2, 16), chunkSize: 4 });
    expect(second).toMatchObject({ created: 0, issued: 0 });
    expect(await invoiceRows()).toEqual(afterFirst);
    const db = await getDb();
    const runs = await db.select().from(billingRuns).orderBy(billingRuns.startedAt);
    expect(runs.map((run) => [run.status, run.invoiceCount])).toEqual([
      ["completed", 6],
      ["completed", 0],
    ]);
  });

  it("issues drafts a failed run left behind, without new drafts or new numbers for the rest", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    await insertCustomer({ id: b!, createdAt: BEFORE_PERIOD });
    await generateInvoice(ctx, { period: PERIOD, customerId: a!, now: RUN_AT });
    const draftId = (await invoiceOf(a!))!.id;
    const outcome = await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT });
    expect(outcome).toMatchObject({ created: 1, issued: 2 });
    const issued = (await invoiceOf(a!))!;
    expect(issued.id).toBe(draftId);
    expect(issued.status).toBe("sent");
    const db = await getDb();
    expect(await db.select().from(invoices).where(eq(invoices.status, "draft"))).toEqual([]);
  });
  it("writes each invoice once, already issued: one audit row, the e-mail with its number, invoice/sent after commit", async () => {
    const fake = await startFakeInngest();
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    resetEnvCache();
    inngest().setEnvVars({ INNGEST_EVENT_KEY: "test-event-key", INNGEST_BASE_URL: fake.url });
    try {
      await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD, email: "a@firma.test" });
      await completeOrders(a!, [150]);
      expect(await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT })).toMatchObject({ created: 1, issued: 1 });
      const invoice = (await invoiceOf(a!))!;
      expect(invoice).toMatchObject({ status: "sent", invoiceNumber: "CRD2026000000001", packageCount: 150 });
      expect(invoice).toMatchObject({ issuedAt: RUN_AT, dueAt: new Date(RUN_AT.getTime() + 24 * 60 * 60_000) });
      expect(invoice.ettn).toMatch(/^[0-9a-f-]{36}$/);
      expect(invoice.buyer).toMatchObject({ taxId: expect.any(String) });
      expect(invoice.seller).toMatchObject({ name: "Çardak Paketleme Ltd. Şti." });
      // Written now; issued at the run's time.
      expect(invoice.createdAt.getTime()).toBeGreaterThan(RUN_AT.getTime());
      expect((await linesOf(invoice.id)).map((line) => [line.kind, line.quantity])).toEqual([["packaging", 150]]);
      const audits = await auditsOf(invoice.id);
      expect(audits.map((row) => [row.action, row.before])).toEqual([["invoice.sent", null]]);
      expect(audits[0]!.after).toMatchObject({
        status: "sent",
        invoiceNumber: "CRD2026000000001",
        customerId: a,
        packageCount: 150,
        total: invoice.total,
        dueAt: invoice.dueAt!.toISOString(),
      });
      const [mail] = await emailsTo("a@firma.test", "invoice-issued");
      expect(mail!.data).toMatchObject({ invoiceNumber: "CRD2026000000001" });
      expect(fake.events.filter((event) => event.name === "invoice/sent")).toEqual([
        expect.objectContaining({ id: `invoice-sent-${invoice.id}`, data: { invoiceId: invoice.id, customerId: a } }),
      ]);
      expect(fake.events.filter((event) => event.name === "email/queued")).toEqual([
        expect.objectContaining({ data: { emailId: mail!.id } }),
      ]);
    } finally {
      delete process.env.INNGEST_EVENT_KEY;
      resetEnvCache();
      inngest().setEnvVars({ INNGEST_EVENT_KEY: "", INNGEST_BASE_URL: "" });
      await fake.close();
    }
  });

  it("takes a chunk again when another writer drafts one of its invoices while the chunk writes: nothing twice, no gap", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    await completeOrders(b!, [200]);
    // The other writer (say the per-customer Inngest function) drafts b's invoice.
    const draftOfB = `insert into invoices (customer_id, period_start, period_end, unit_price, subtotal, kdv, total)
      values ('${b}', '${PERIOD.start.toISOString()}', '${PERIOD.end.toISOString()}', 4500, 900000, 180000, 1080000)`;
    const outcome = await withOtherWriter(draftOfB, () => runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT }));
    // a and c written by the run; b's draft issued after the chunks.
    expect(outcome).toMatchObject({ created: 2, issued: 3 });
    const rows = await invoiceRows();
    expect(new Set(rows.map((row) => row.customerId))).toEqual(new Set([a, b, c]));
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    expect(rows.map((row) => row.invoiceNumber)).toEqual(["CRD2026000000001", "CRD2026000000002", "CRD2026000000003"]);
    expect(rows.at(-1)!.customerId).toBe(b);
    const db = await getDb();
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(3);
    expect((await auditsOf((await invoiceOf(b!))!.id)).map((row) => [row.action, row.before])).toEqual([
      ["invoice.sent", { status: "draft" }],
    ]);
    expect(await db.select().from(invoiceLines)).toHaveLength(2);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "invoice.sent"))).toHaveLength(3);
  });

  it("takes a chunk again when another writer issues an invoice with the number the chunk counted on", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    // A draft of c, issued by someone else (say operations by hand) while the run writes a and b.
    await generateInvoice(ctx, { period: PERIOD, customerId: c!, now: RUN_AT });
    const draftId = (await invoiceOf(c!))!.id;
    const db = await getDb();
    await db.insert(numberCounters).values({ key: "invoice:2026", value: 0 });
    const issueC = `with taken as (update number_counters set value = value + 1 where key = 'invoice:2026' returning value)
      update invoices set status = 'sent', invoice_number = 'CRD2026' || lpad((select value from taken)::text, 9, '0'),
        ettn = gen_random_uuid(), issued_at = '${RUN_AT.toISOString()}', due_at = '${RUN_AT.toISOString()}'::timestamptz + interval '1 day',
        seller = '{}'::jsonb, buyer = '{}'::jsonb
      where id = '${draftId}'`;
    const outcome = await withOtherWriter(issueC, () => runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT }));
    expect(outcome).toMatchObject({ created: 2, issued: 2 });
    const rows = await invoiceRows();
    expect(rows.map((row) => [row.customerId, row.invoiceNumber, row.status])).toEqual([
      [c, "CRD2026000000001", "sent"],
      [a, "CRD2026000000002", "sent"],
      [b, "CRD2026000000003", "sent"],
    ]);
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(3);
    // Issue times never go backwards along the numbers.
    const times = rows.map((row) => row.issuedAt!.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(await db.select().from(invoiceLines)).toHaveLength(3);
    expect(await db.select().from(emails).where(eq(emails.template, "invoice-issued"))).toHaveLength(2);
  });

  it("numbering the usual way, takes a chunk again in two steps when another writer drafts one of its invoices as it takes its numbers", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    await completeOrders(b!, [200]);
    const db = await getDb();
    // The other writer drafts b's invoice just as the chunk, which read no invoice for b, takes its
    // numbers (the counter row lock is where the usual way waits for others).
    const draftOfB = `insert into invoices (customer_id, period_start, period_end, unit_price, subtotal, kdv, total)
      values ('${b}', '${PERIOD.start.toISOString()}', '${PERIOD.end.toISOString()}', 4500, 900000, 180000, 1080000)
      on conflict do nothing; return new;`;
    const outcome = await withTrigger(
      "test_competing_draft",
      "before insert or update on number_counters",
      draftOfB,
      () => runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chained: false }),
    );
    expect(outcome).toMatchObject({ created: 3, issued: 3 });
    const rows = await invoiceRows();
    expect(new Set(rows.map((row) => row.customerId))).toEqual(new Set([a, b, c]));
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    expect(rows.map((row) => row.invoiceNumber)).toEqual(["CRD2026000000001", "CRD2026000000002", "CRD2026000000003"]);
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(3);
    // Taken the two-step way: drafted, then issued.
    expect((await auditsOf((await invoiceOf(b!))!.id)).map((row) => row.action)).toEqual([
      "invoice.created",
      "invoice.sent",
    ]);
    expect(await db.select().from(invoiceLines)).toHaveLength(3);
  });

  it("numbers after what the series committed when it moved while the chunk wrote: the chunk is taken again, no number reused", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    const db = await getDb();
    await db.insert(numberCounters).values({ key: "invoice:2026", value: 0 });
    // Someone takes a number, without an invoice of this run's customers to collide with.
    const bump = `update number_counters set value = value + 1 where key = 'invoice:2026'`;
    const outcome = await withOtherWriter(bump, () => runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT }));
    expect(outcome).toMatchObject({ created: 3, issued: 3 });
    expect((await invoiceRows()).map((row) => row.invoiceNumber)).toEqual([
      "CRD2026000000002",
      "CRD2026000000003",
      "CRD2026000000004",
    ]);
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(4);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "invoice.sent"))).toHaveLength(3);
  });

  it("lets an invoice be issued by hand while its chunks write: the run gives way, nothing fails, numbers stay gapless and in date order", async () => {
    const many = customerIds(120, "e");
    for (const id of many) await insertCustomer({ id, createdAt: BEFORE_PERIOD });
    // A draft of the period before, issued by operations while the run is under way.
    const before = billingPeriodOf(istanbulTime(2025, 12, 20));
    const { invoiceId } = await generateInvoice(ctx, { period: before, customerId: many[0]!, now: RUN_AT });
    const db = await getDb();
    const run = runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 5 });
    // Once the run's first chunks have committed: on PostgreSQL later ones are writing numbers ahead.
    await expect
      .poll(async () => (await db.select().from(invoices).where(eq(invoices.status, "sent"))).length, {
        interval: 5,
      })
      .toBeGreaterThanOrEqual(5);
    const [issuedByHand, outcome] = await Promise.all([
      finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT }),
      run,
    ]);
    expect(issuedByHand).toHaveLength(1);
    expect(outcome).toMatchObject({ created: 120, issued: 120 });
    const rows = (await invoiceRows()).filter((row) => row.status === "sent");
    expect(rows.map((row) => row.invoiceNumber)).toEqual(
      Array.from({ length: 121 }, (_, index) => `CRD2026${String(index + 1).padStart(9, "0")}`),
    );
    const times = rows.map((row) => row.issuedAt!.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(121);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "invoice.sent"))).toHaveLength(121);
  });

  it("counts what it issued before a failure, records a Turkish reason naming the request, and starts no chunk after it", async () => {
    for (const id of [a, b, c, d, e, f]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    const db = await getDb();
    // Writing c's invoice (the second chunk, with d) fails.
    const refuseC = `if new.customer_id = '${c}' then raise exception 'invoice refused by the test'; end if; return new;`;
    const logged = vi.spyOn(ctx.log, "error");
    await withTrigger("test_refuse_invoice", "before insert on invoices", refuseC, () =>
      expect(runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 2 })).rejects.toThrow(),
    );
    const [run] = await db.select().from(billingRuns);
    const sent = await invoiceRows();
    // The first chunk (a, b) committed; the second failed whole; the third (e, f) never wrote: it
    // was not started, or (numbered after the failed chunk) could not take its numbers.
    expect(sent.map((row) => [row.customerId, row.invoiceNumber])).toEqual([
      [a, "CRD2026000000001"],
      [b, "CRD2026000000002"],
    ]);
    expect(run).toMatchObject({ status: "failed", invoiceCount: 2 });
    // The database's words go to the log, under the request id the run's row names.
    expect(run!.error).toBe(failedRunError(ctx.requestId));
    expect(run!.error).not.toContain("invoice refused by the test");
    const failure = logged.mock.calls.find(([, message]) => message === "billing run failed");
    logged.mockRestore();
    const err = (failure?.[0] as { err?: Error } | undefined)?.err;
    expect(String(err?.cause ?? err)).toContain("invoice refused by the test");
  });

  it("issues the waiting drafts after the chunks; a failure there leaves the chunks' invoices counted", async () => {
    for (const id of [a, b, c, d]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    // A draft left by an earlier run: issuing it fails.
    await generateInvoice(ctx, { period: PERIOD, customerId: a!, now: RUN_AT });
    const db = await getDb();
    await withTrigger(
      "test_refuse_issue",
      "before update on invoices",
      "raise exception 'issuing refused by the test';",
      () => expect(runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 2 })).rejects.toThrow(),
    );
    const [run] = await db.select().from(billingRuns);
    const sent = (await invoiceRows()).filter((row) => row.status === "sent");
    expect(new Set(sent.map((row) => row.customerId))).toEqual(new Set([b, c, d]));
    expect(run).toMatchObject({ status: "failed", invoiceCount: 3 });
    expect(run!.error).toBe(failedRunError(ctx.requestId));
    expect((await invoiceOf(a!))!.status).toBe("draft");
  });

  it("refuses a second run of a period while one is running: the operator is told, nothing is written", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    // Both start at once; whichever records its run first goes on, the other is refused.
    const outcomes = await Promise.allSettled([
      runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 1 }),
      runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 1 }),
    ]);
    const ran = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason as unknown] : []));
    expect(ran).toEqual([expect.objectContaining({ created: 3, issued: 3 })]);
    expect(refused).toHaveLength(1);
    expect(isAppError(refused[0], "RUN_IN_PROGRESS")).toBe(true);
    expect((refused[0] as AppError).userMessage).toBe(BILLING_MESSAGES.RUN_IN_PROGRESS);
    const db = await getDb();
    // The refused run left no row of its own; the one that ran is recorded.
    expect((await db.select().from(billingRuns)).map((run) => [run.status, run.invoiceCount])).toEqual([
      ["completed", 3],
    ]);
    expect((await invoiceRows()).map((row) => row.invoiceNumber)).toEqual([
      "CRD2026000000001",
      "CRD2026000000002",
      "CRD2026000000003",
    ]);
    // Once it has ended, the period can be run again (and finds nothing to do).
    expect(await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT })).toMatchObject({ created: 0, issued: 0 });
  });

  it("takes a run that has not moved on for RUN_STALE_MINUTES as stopped: a new run of the period starts and records it failed", async () => {
    await insertCustomer({ id: a!, createdAt: BEFORE_PERIOD });
    const db = await getDb();
    const ago = (minutes: number) => sql`now() - ${minutes} * interval '1 minute'`;
    // Started long ago but still moving on: not stopped.
    const [slow] = await db
      .insert(billingRuns)
      .values({ periodStart: PERIOD.start, periodEnd: PERIOD.end, startedAt: ago(120), progressAt: ago(1) })
      .returning({ id: billingRuns.id });
    await expect(runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT })).rejects.toThrow(
      BILLING_MESSAGES.RUN_IN_PROGRESS,
    );
    expect(await invoiceRows()).toEqual([]);

    await db
      .update(billingRuns)
      .set({ progressAt: ago(RUN_STALE_MINUTES + 1) })
      .where(eq(billingRuns.id, slow!.id));
    expect(await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT })).toMatchObject({ created: 1, issued: 1 });
    const runs = await db.select().from(billingRuns).orderBy(billingRuns.startedAt);
    expect(runs.map((run) => [run.id === slow!.id, run.status])).toEqual([
      [true, "failed"],
      [false, "completed"],
    ]);
    expect(runs[0]!.error).toBe(STOPPED_RUN_ERROR);
    expect(runs[0]!.finishedAt).not.toBeNull();
  });

  it("records its progress as it goes, and keeps a stop recorded by another run instead of overwriting it", async () => {
    for (const id of [a, b, c]) await insertCustomer({ id: id!, createdAt: BEFORE_PERIOD });
    const db = await getDb();
    // While the third chunk writes (it starts once the first has ended and recorded its progress;
    // the second may still be writing), the run's row shows progress, then another run (startRun)
    // records it as stopped.
    const takeOver = `
      if new.customer_id = '${c}' then
        if (select invoice_count from billing_runs where status = 'running') < 1 then
          raise exception 'progress not recorded';
        end if;
        update billing_runs set status = 'failed', error = 'taken over by the test' where status = 'running';
      end if;
      return new;`;
    const outcome = await withTrigger("test_take_over", "before insert on invoices", takeOver, () =>
      runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 1, chained: false }),
    );
    expect(outcome).toMatchObject({ created: 3, issued: 3 });
    const [run] = await db.select().from(billingRuns);
    expect(run).toMatchObject({ status: "failed", error: "taken over by the test" });
    // What it had recorded by then (one or two chunks), not the run's final 3.
    expect([1, 2]).toContain(run!.invoiceCount);
  });

  it("two runs of two periods and per-customer workers at once: one invoice each, numbers 1 to n without gap, each issued and audited once", async () => {
    // Both periods are numbered in the same yearly series: the runs and the workers race for it.
    const many = customerIds(30, "d");
    for (const id of many) await insertCustomer({ id, createdAt: BEFORE_PERIOD });
    await completeOrders(many[4]!, [250]);
    const previous = billingPeriodOf(istanbulTime(2025, 12, 20));
    const worker = async (customerId: string) => {
      const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId, now: RUN_AT });
      return (await finalizeInvoices(ctx, { invoiceIds: invoiceId ? [invoiceId] : [], now: RUN_AT })).length;
    };
    const [first, second, ...workers] = await Promise.all([
      runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT, chunkSize: 7 }),
      runBillingPeriod(ctx, { period: previous, now: RUN_AT, chunkSize: 11 }),
      ...many.filter((_, index) => index % 3 === 0).map(worker),
    ]);
    // Whoever issued it, each invoice was issued once.
    const byWorkers = (workers as number[]).reduce((sum, n) => sum + n, 0);
    expect(first.issued + byWorkers).toBe(30);
    expect(second.issued).toBe(30);

    const rows = await invoiceRows();
    for (const period of [PERIOD, previous]) {
      const ofPeriod = rows.filter((row) => row.periodStart.getTime() === period.start.getTime());
      expect(new Set(ofPeriod.map((row) => row.customerId))).toEqual(new Set(many));
    }
    expect(rows.map((row) => row.status)).toEqual(Array(60).fill("sent"));
    expect(rows.map((row) => row.invoiceNumber)).toEqual(
      Array.from({ length: 60 }, (_, index) => `CRD2026${String(index + 1).padStart(9, "0")}`),
    );
    const db = await getDb();
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(60);
    expect(await db.select().from(invoiceLines)).toHaveLength(60);
    expect(await db.select().from(emails).where(eq(emails.template, "invoice-issued"))).toHaveLength(60);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "invoice.sent"))).toHaveLength(60);
  });
  it("crosses its own chunk size: one more customer than a chunk holds is billed in a second chunk, numbers still gapless", async () => {
    const count = BULK_CHUNK_SIZE + 1;
    const db = await getDb();
    await db.execute(sql`
      insert into customers (company_name, tax_id, contact_name, email, phone, created_at)
      select 'Firma ' || i || ' Ltd. Şti.', lpad(i::text, 10, '0'), 'Yetkili ' || i, 'f' || i || '@firma.test',
        '+905321234567', ${BEFORE_PERIOD.toISOString()}::timestamptz
      from generate_series(1, ${count}) i`);
    const outcome = await runBillingPeriod(ctx, { period: PERIOD, now: RUN_AT });
    expect(outcome).toMatchObject({ created: count, issued: count });
    const [numbers] = await db
      .select({
        n: sql<number>`count(distinct ${invoices.invoiceNumber})::int`,
        last: sql<string>`max(${invoices.invoiceNumber})`,
      })
      .from(invoices)
      .where(eq(invoices.status, "sent"));
    expect(numbers).toEqual({ n: count, last: `CRD2026${String(count).padStart(9, "0")}` });
    const [run] = await db.select().from(billingRuns);
    expect(run).toMatchObject({ status: "completed", invoiceCount: count });
  });
});
