import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { customers, invoices } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";
import { BILLING_RUN_CRON, billingRun } from "@/inngest/functions/billing-run";
import { invoiceCustomer } from "@/inngest/functions/invoice-customer";
import { invoiceDeadlines } from "@/inngest/functions/invoice-deadlines";
import { invoicePaidFunction } from "@/inngest/functions/invoice-paid";
import { scheduledFunctions } from "@/inngest/functions/scheduled";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { recordBankTransfer } from "@/lib/billing/paid";
import { istanbulTime } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import { startFakeInngest } from "../fakes/inngest";
import { adminCtx, systemCtx } from "./helpers/context";
import { ids, insertCustomer, insertUser } from "./helpers/fixtures";
import {
  BEFORE_PERIOD,
  completeOrders,
  customerIds,
  customerStatus,
  emailsTo,
  invoiceOf,
  PERIOD,
  RUN_AT,
} from "./helpers/billing";

const ctx = systemCtx("billing-test");
const HOUR = 3_600_000;
const EMAIL = "muhasebe@anadolu.test";
const period = { start: PERIOD.start.toISOString(), end: PERIOD.end.toISOString() };

afterEach(() => {
  vi.useRealTimers();
});

async function issued() {
  await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD, email: EMAIL });
  await completeOrders(ids.customerA, [120]);
  const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
  await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
  return invoiceId!;
}

describe("billing functions", () => {
  it("are registered with the app, the run on the 15th at 09:00 Istanbul and the sweep every 15 minutes", () => {
    for (const fn of [billingRun, invoiceCustomer, invoiceDeadlines, invoicePaidFunction]) {
      expect(functions).toContain(fn);
    }
    expect(functions).toContain(scheduledFunctions["invoice-deadlines-sweep"]);
    expect(BILLING_RUN_CRON).toBe("TZ=Europe/Istanbul 0 9 15 * *");
  });
});

describe("the billing run", () => {
  it("loads the billable customers 500 a step and asks for each one's invoice with the id invoice-<customer>-<period>", async () => {
    const billable = customerIds(501);
    const db = await getDb();
    await db.insert(customers).values(
      billable.map((id, index) => ({
        id,
        companyName: `Firma ${index}`,
        taxId: String(2_000_000_000 + index),
        contactName: "Yetkili",
        email: `f${index}@firma.test`,
        phone: "+905321234567",
        createdAt: BEFORE_PERIOD,
      })),
    );
    // Joined during the period without packages: not billable.
    await insertCustomer({ id: ids.customerB, createdAt: istanbulTime(2026, 2, 1) });

    const { result, ctx: run } = await new InngestTestEngine({
      function: billingRun,
      events: [{ name: "inngest/scheduled.timer", data: {} }],
      steps: [
        { id: "choose-period", handler: () => period },
        { id: "request-invoices-0", handler: () => ({ ids: [] }) },
        { id: "request-invoices-1", handler: () => ({ ids: [] }) },
      ],
    }).execute();
    expect(result).toEqual({ periodStart: period.start, requested: 501 });
    const calls = run.step.sendEvent.mock.calls as [string, { name: string; id: string; data: unknown }[]][];
    expect(calls.map(([id, events]) => [id, events.length])).toEqual([
      ["request-invoices-0", 500],
      ["request-invoices-1", 1],
    ]);
    const sent = calls.flatMap(([, events]) => events);
    expect(sent.map((event) => event.id)).toEqual(billable.map((id) => `invoice-${id}-2026-01-15`));
    expect(sent[0]).toMatchObject({
      name: "invoice/requested",
      data: { customerId: billable[0], periodStart: period.start },
    });
  });
});

describe("the invoice of one customer", () => {
  it("generates then issues the invoice; the same event again changes nothing", async () => {
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD, email: EMAIL });
    await completeOrders(ids.customerA, [300]);
    const event = {
      name: "invoice/requested",
      data: { customerId: ids.customerA, periodStart: period.start },
    };
    const engine = new InngestTestEngine({ function: invoiceCustomer, events: [event] });
    const first = await engine.execute();
    const invoice = (await invoiceOf(ids.customerA))!;
    expect(first.result).toEqual({ invoiceId: invoice.id, invoiceNumber: "CRD2026000000001" });
    expect(invoice).toMatchObject({ status: "sent", packageCount: 300, subtotal: 1050000 });

    const again = await new InngestTestEngine({ function: invoiceCustomer, events: [event] }).execute();
    expect(again.result).toEqual({ invoiceId: invoice.id, invoiceNumber: null });
    const db = await getDb();
    expect(await db.select().from(invoices)).toHaveLength(1);
    expect(await emailsTo(EMAIL, "invoice-issued")).toHaveLength(1);
  });

  it("sends invoice/sent with the id invoice-sent-<invoice> when Inngest is configured", async () => {
    const fake = await startFakeInngest();
    process.env.INNGEST_EVENT_KEY = "test-event-key";
    resetEnvCache();
    inngest().setEnvVars({ INNGEST_EVENT_KEY: "test-event-key", INNGEST_BASE_URL: fake.url });
    try {
      await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD, email: EMAIL });
      await new InngestTestEngine({
        function: invoiceCustomer,
        events: [{ name: "invoice/requested", data: { customerId: ids.customerA, periodStart: period.start } }],
      }).execute();
      const invoice = (await invoiceOf(ids.customerA))!;
      const sent = fake.events.filter((event) => event.name === "invoice/sent");
      expect(sent).toEqual([
        expect.objectContaining({
          id: `invoice-sent-${invoice.id}`,
          data: { invoiceId: invoice.id, customerId: ids.customerA },
        }),
      ]);
      // The e-mail is handed to Inngest too, not sent inline.
      expect(fake.events.filter((event) => event.name === "email/queued")).toHaveLength(1);
    } finally {
      delete process.env.INNGEST_EVENT_KEY;
      resetEnvCache();
      inngest().setEnvVars({ INNGEST_EVENT_KEY: "", INNGEST_BASE_URL: "" });
      await fake.close();
    }
  });
});

describe("the deadline schedule of an invoice", () => {
  /** Each mocked sleep moves the clock to the instant it was asked to sleep until, as Inngest would. */
  function sleeps(onWake: Record<string, () => Promise<void>> = {}) {
    return ["until-reminder", "until-overdue", "until-suspension"].map((id) => ({
      id,
      handler: async () => {
        const call = (schedule.step.sleepUntil.mock.calls as [string, string][]).find(([step]) => step === id)!;
        vi.setSystemTime(new Date(call[1]));
        await onWake[id]?.();
      },
    }));
  }
  let schedule: InngestTestEngine.MockContext;

  async function runSchedule(invoiceId: string, onWake?: Record<string, () => Promise<void>>) {
    vi.useFakeTimers({ toFake: ["Date"], now: RUN_AT });
    const engine = new InngestTestEngine({
      function: invoiceDeadlines,
      events: [{ name: "invoice/sent", data: { invoiceId, customerId: ids.customerA } }],
      transformCtx: (raw) => {
        schedule = mockCtx(raw) as unknown as InngestTestEngine.MockContext;
        return schedule as never;
      },
      steps: sleeps(onWake),
    });
    return engine.execute();
  }

  it("sleeps until 6 hours before due, the due time and the end of the grace, and does each deadline then", async () => {
    const invoiceId = await issued();
    const { result } = await runSchedule(invoiceId);
    const due = RUN_AT.getTime() + 24 * HOUR;
    expect(schedule.step.sleepUntil.mock.calls).toEqual([
      ["until-reminder", new Date(due - 6 * HOUR).toISOString()],
      ["until-overdue", new Date(due).toISOString()],
      ["until-suspension", new Date(due + 24 * HOUR).toISOString()],
    ]);
    expect(result).toEqual({ stoppedAt: "suspension", status: "overdue" });
    // Each deadline was done when its sleep ended, once.
    expect((await invoiceOf(ids.customerA))!).toMatchObject({
      reminderSentAt: new Date(due - 6 * HOUR),
      overdueNoticeSentAt: new Date(due),
      suspensionAppliedAt: new Date(due + 24 * HOUR),
    });
    expect((await emailsTo(EMAIL)).map((row) => row.template).sort()).toEqual([
      "account-suspended",
      "invoice-issued",
      "invoice-overdue",
      "invoice-reminder",
    ]);
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
  });

  it("does nothing after the invoice is paid, and stops", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    const invoiceId = await issued();
    const { result } = await runSchedule(invoiceId, {
      "until-overdue": async () => {
        await recordBankTransfer(adminCtx(admin), { invoiceId, paidOn: "2026-02-16", reference: "EFT-77" });
      },
    });
    expect(result).toEqual({ stoppedAt: "overdue", status: "paid" });
    expect(schedule.step.sleepUntil.mock.calls.map(([id]) => id)).toEqual(["until-reminder", "until-overdue"]);
    expect((await emailsTo(EMAIL)).map((row) => row.template).sort()).toEqual(["invoice-issued", "invoice-reminder"]);
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
  });

  it("is cancelled by the invoice's paid event", () => {
    expect(invoiceDeadlines.opts.cancelOn).toEqual([
      { event: expect.objectContaining({ name: "invoice/paid" }), if: "async.data.invoiceId == event.data.invoiceId" },
    ]);
  });
});

describe("the paid event", () => {
  it("reactivates a customer suspended for non-payment once no overdue invoice remains", async () => {
    const invoiceId = await issued();
    const db = await getDb();
    await db.update(invoices).set({ status: "paid", paidAt: RUN_AT, paymentMethod: "card" });
    await db.update(customers).set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: RUN_AT });
    const { result } = await new InngestTestEngine({
      function: invoicePaidFunction,
      events: [{ name: "invoice/paid", data: { invoiceId, customerId: ids.customerA } }],
    }).execute();
    expect(result).toEqual({ reactivated: 1 });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "active", reason: null });
    expect(await emailsTo(EMAIL, "account-reactivated")).toHaveLength(1);
  });
});

describe("the 15-minute sweep", () => {
  it("catches up with deadlines whose events were lost", async () => {
    await issued();
    const { result } = await new InngestTestEngine({
      function: scheduledFunctions["invoice-deadlines-sweep"],
      events: [{ name: "inngest/scheduled.timer", data: {} }],
    }).execute();
    expect(result).toEqual({ reminded: 0, overdue: 1, suspended: 1, reactivated: 0 });
    expect(await customerStatus(ids.customerA)).toEqual({ status: "suspended", reason: "non_payment" });
  });
});
