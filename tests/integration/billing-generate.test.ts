import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { billingRuns, invoiceLines, invoices, pricingTiers } from "@/db/schema";
import { generateInvoice, generateInvoices } from "@/lib/billing/generate";
import { runBillingPeriod } from "@/lib/billing/run";
import { istanbulTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { systemCtx } from "./helpers/context";
import { insertCustomer } from "./helpers/fixtures";
import {
  BEFORE_PERIOD,
  completeOrders,
  customerIds,
  invoiceOf,
  invoiceRows,
  linesOf,
  PERIOD,
  RUN_AT,
} from "./helpers/billing";

const ctx = systemCtx("billing-test");
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
});
