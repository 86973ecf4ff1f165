import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { customers, emails, invoices, numberCounters } from "@/db/schema";
import { finalizeDraft, finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice, generateInvoices } from "@/lib/billing/generate";
import { istanbulTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { adminCtx, systemCtx } from "./helpers/context";
import { insertCustomer, insertUser, ids } from "./helpers/fixtures";
import {
  auditsOf,
  BEFORE_PERIOD,
  completeOrders,
  customerIds,
  emailsTo,
  invoiceOf,
  PERIOD,
  RUN_AT,
} from "./helpers/billing";

const ctx = systemCtx("billing-test");
const HOUR = 3_600_000;

async function drafts(count: number) {
  const idList = customerIds(count);
  const db = await getDb();
  await db.insert(customers).values(
    idList.map((id, index) => ({
      id,
      companyName: `Firma ${index + 1} Ltd. Şti.`,
      taxId: String(1_000_000_000 + index),
      taxOffice: "Kadıköy",
      address: "Moda Cad. No: 1",
      city: "İstanbul",
      contactName: `Yetkili ${index + 1}`,
      email: `firma${index + 1}@firma.test`,
      phone: "+905321234567",
      createdAt: BEFORE_PERIOD,
    })),
  );
  const outcomes = await generateInvoices(ctx, { period: PERIOD, customerIds: idList, now: RUN_AT });
  return outcomes.map((outcome) => outcome.invoiceId!);
}

describe("finalizing invoices", () => {
  it("prints the buyer's address as it is when the invoice is issued: one entered after the account opened reaches it", async () => {
    const [invoiceId] = await drafts(1);
    const customerId = customerIds(1)[0]!;
    const db = await getDb();
    // Opened without an address (it is optional at onboarding), entered later on the account page.
    await db.update(customers).set({ address: null, city: null }).where(eq(customers.id, customerId));
    await db
      .update(customers)
      .set({ address: "Caferağa Mah. Moda Cad. No: 5", city: "İstanbul" })
      .where(eq(customers.id, customerId));
    await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
    expect((await invoiceOf(customerId))!.buyer).toMatchObject({ address: "Caferağa Mah. Moda Cad. No: 5, İstanbul" });
    // An address changed after the invoice was issued does not rewrite it.
    await db.update(customers).set({ address: "Başka Sok. No: 1" }).where(eq(customers.id, customerId));
    expect((await invoiceOf(customerId))!.buyer).toMatchObject({ address: "Caferağa Mah. Moda Cad. No: 5, İstanbul" });
  });

  it("gives 200 parallel finalizations the numbers 1 to 200, without gap or repeat, dates in number order", async () => {
    const invoiceIds = await drafts(200);
    const results = await Promise.all(
      invoiceIds.map((invoiceId, index) =>
        finalizeInvoices(ctx, { invoiceIds: [invoiceId], now: new Date(RUN_AT.getTime() + (index % 7) * 1000) }),
      ),
    );
    expect(results.every((issued) => issued.length === 1)).toBe(true);
    const db = await getDb();
    const rows = await db.select().from(invoices).orderBy(asc(invoices.invoiceNumber));
    expect(rows.map((row) => row.invoiceNumber)).toEqual(
      Array.from({ length: 200 }, (_, index) => `CRD2026${String(index + 1).padStart(9, "0")}`),
    );
    // Issue dates never go backwards along the series, although the callers' clocks disagreed.
    for (let index = 1; index < rows.length; index++) {
      expect(rows[index]!.issuedAt!.getTime()).toBeGreaterThanOrEqual(rows[index - 1]!.issuedAt!.getTime());
    }
    expect(new Set(rows.map((row) => row.ettn)).size).toBe(200);
    const [counter] = await db.select().from(numberCounters).where(eq(numberCounters.key, "invoice:2026"));
    expect(counter!.value).toBe(200);
  });

  it("issues a draft once: sent, due 24 hours later, seller and buyer as printed, e-mailed with the PDF link, audited", async () => {
    const [invoiceId] = await drafts(1);
    const [issued] = await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
    expect(issued!.invoiceNumber).toBe("CRD2026000000001");
    // Again, and in another batch: nothing more.
    expect(await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT })).toEqual([]);

    const invoice = (await invoiceOf(customerIds(1)[0]!))!;
    expect(invoice).toMatchObject({ status: "sent", issuedAt: RUN_AT, dueAt: new Date(RUN_AT.getTime() + 24 * HOUR) });
    expect(invoice.ettn).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(invoice.buyer).toEqual({
      name: "Firma 1 Ltd. Şti.",
      address: "Moda Cad. No: 1, İstanbul",
      taxOffice: "Kadıköy",
      taxId: "1000000000",
    });
    expect(invoice.seller).toMatchObject({ name: "Çardak Paketleme Ltd. Şti.", taxId: "0000000000" });

    const [mail] = await emailsTo("firma1@firma.test", "invoice-issued");
    expect(mail!.data).toMatchObject({
      invoiceNumber: "CRD2026000000001",
      total: "₺1.800,00",
      dueAt: "16.02.2026 09:00",
      pdfUrl: `http://localhost:3000/panel/faturalar/${invoiceId}/pdf`,
    });
    expect(mail!.status).toBe("stored");
    const audits = await auditsOf(invoiceId!);
    expect(audits.map((row) => row.action)).toEqual(["invoice.created", "invoice.sent"]);
    expect(audits[1]).toMatchObject({ actorLabel: "sistem", after: { invoiceNumber: "CRD2026000000001" } });
  });

  it("never dates a number before the previous one, even when the clock says earlier", async () => {
    const [first, second] = await drafts(2);
    await finalizeInvoices(ctx, { invoiceIds: [first!], now: RUN_AT });
    await finalizeInvoices(ctx, { invoiceIds: [second!], now: new Date(RUN_AT.getTime() - HOUR) });
    const db = await getDb();
    const rows = await db.select().from(invoices).orderBy(asc(invoices.invoiceNumber));
    expect(rows.map((row) => row.issuedAt)).toEqual([RUN_AT, RUN_AT]);
  });

  it("starts the series again in a new Istanbul year", async () => {
    const [first, second] = await drafts(2);
    await finalizeInvoices(ctx, { invoiceIds: [first!], now: istanbulTime(2026, 12, 31, 23, 59) });
    await finalizeInvoices(ctx, { invoiceIds: [second!], now: istanbulTime(2027, 1, 1, 0, 1) });
    const db = await getDb();
    const rows = await db.select({ number: invoices.invoiceNumber }).from(invoices).orderBy(asc(invoices.issuedAt));
    expect(rows.map((row) => row.number)).toEqual(["CRD2026000000001", "CRD2027000000001"]);
  });

  it("takes nothing from the series when the transaction fails: the next invoice gets the number", async () => {
    const [first, second] = await drafts(2);
    const db = await getDb();
    // The e-mail insert fails after the numbers were taken: a constraint refuses this one recipient.
    const firstCustomer = customerIds(1)[0]!;
    await db.update(customers).set({ email: "broken@firma.test" }).where(eq(customers.id, firstCustomer));
    await db.execute(sql`alter table emails add constraint emails_test_check check (recipient <> 'broken@firma.test')`);
    try {
      await expect(finalizeInvoices(ctx, { invoiceIds: [first!], now: RUN_AT })).rejects.toThrow();
    } finally {
      await db.execute(sql`alter table emails drop constraint emails_test_check`);
    }
    expect((await invoiceOf(firstCustomer))!.status).toBe("draft");
    const [issued] = await finalizeInvoices(ctx, { invoiceIds: [second!], now: RUN_AT });
    expect(issued!.invoiceNumber).toBe("CRD2026000000001");
    expect(await db.select().from(emails).where(eq(emails.recipient, "broken@firma.test"))).toEqual([]);
  });

  it("lets an admin issue a draft by hand, and refuses to issue it twice", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD });
    await completeOrders(ids.customerA, [150]);
    const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
    const issued = await finalizeDraft(adminCtx(admin), { invoiceId: invoiceId! });
    expect(issued.invoiceNumber).toBe("CRD2026000000001");
    await expect(finalizeDraft(adminCtx(admin), { invoiceId: invoiceId! })).rejects.toSatisfy((error) =>
      isAppError(error, "INVOICE_INVALID_TRANSITION"),
    );
    const audits = await auditsOf(invoiceId!);
    expect(audits.at(-1)).toMatchObject({ action: "invoice.sent", actorLabel: "operasyon@cardak.test" });
  });
});
