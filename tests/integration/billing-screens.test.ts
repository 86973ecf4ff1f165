import "./helpers/next-mocks";
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as invoicesCsv } from "@/app/(admin)/yonetim/faturalar/csv/route";
import { auditLogs } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/db";
import { getInvoiceDetail, listInvoiceHistory } from "@/db/queries/billing";
import { listInvoices } from "@/db/queries/invoice-list";
import { adminInvoiceList, customerInvoiceList } from "@/lib/billing/filters";
import { billingPeriodOf, previousPeriod } from "@/lib/billing/period";
import { istanbulTime } from "@/lib/dates";
import { insertInvoice } from "./helpers/admin";
import { BEFORE_PERIOD, completeOrders, PERIOD, RUN_AT } from "./helpers/billing";
import { ids, insertCustomer, insertUser, sessionOf } from "./helpers/fixtures";
import { requestHeaders, signInAs } from "./helpers/request";
import { generateInvoice } from "@/lib/billing/generate";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { systemCtx } from "./helpers/context";

const JANUARY = billingPeriodOf(istanbulTime(2026, 1, 20));
const DECEMBER = previousPeriod(JANUARY);

/**
 * Customer A: two issued invoices (January sent, December paid) and a January draft; customer B
 * (Boğaziçi Giyim): a January overdue invoice and a December cancelled one.
 */
async function invoicesOfTwoCustomers() {
  await insertCustomer({ id: ids.customerA, companyName: "Anadolu Kozmetik", taxId: "1111111111" });
  await insertCustomer({ id: ids.customerB, companyName: "Boğaziçi Giyim", taxId: "2222222222" });
  const third = "0c000000-0000-4000-8000-00000000000c";
  await insertCustomer({ id: third, companyName: "Çınar Kitap", taxId: "3333333333" });
  const period = (p: typeof JANUARY) => ({ periodStart: p.start, periodEnd: p.end });
  const aJanuary = await insertInvoice({
    customerId: ids.customerA,
    ...period(JANUARY),
    status: "sent",
    subtotal: 450000,
  });
  const aDecember = await insertInvoice({
    customerId: ids.customerA,
    ...period(DECEMBER),
    status: "paid",
    subtotal: 120000,
    paidAt: JANUARY.start,
  });
  const thirdDraft = await insertInvoice({ customerId: third, ...period(JANUARY), status: "draft", subtotal: 99900 });
  const bJanuary = await insertInvoice({
    customerId: ids.customerB,
    ...period(JANUARY),
    status: "overdue",
    subtotal: 333300,
  });
  const bDecember = await insertInvoice({
    customerId: ids.customerB,
    ...period(DECEMBER),
    status: "cancelled",
    subtotal: 50000,
  });
  return { aJanuary, aDecember, thirdDraft, bJanuary, bDecember, third };
}

const idsOf = (list: { rows: { id: string }[] }) => list.rows.map((row) => row.id);

describe("the customer's invoice list", () => {
  it("shows only the session's customer's issued invoices, never another's nor a draft", async () => {
    const made = await invoicesOfTwoCustomers();
    const db = await getDb();
    const a = await listInvoices(db, { customerId: ids.customerA, filters: customerInvoiceList.parse({}) });
    expect(idsOf(a)).toEqual([made.aJanuary.id, made.aDecember.id]);
    const b = await listInvoices(db, { customerId: ids.customerB, filters: customerInvoiceList.parse({}) });
    expect(idsOf(b)).toEqual([made.bJanuary.id, made.bDecember.id]);
    // The third customer has only a draft: its list is empty.
    expect(await listInvoices(db, { customerId: made.third, filters: customerInvoiceList.parse({}) })).toMatchObject({
      count: 0,
      rows: [],
    });
    // A customer's URL cannot choose another customer: `musteri` and `q` are not its filters.
    const sneaky = customerInvoiceList.parse({ musteri: ids.customerB, q: "Boğaziçi" });
    expect(idsOf(await listInvoices(db, { customerId: ids.customerA, filters: sneaky }))).toEqual([
      made.aJanuary.id,
      made.aDecember.id,
    ]);
    expect(
      await listInvoices(db, { customerId: ids.customerA, filters: { page: 1, customerId: ids.customerB } }),
    ).toMatchObject({ count: 2 });
  });

  it("filters by status and period from the URL and sorts by the chosen column", async () => {
    const made = await invoicesOfTwoCustomers();
    const db = await getDb();
    const list = (params: Record<string, string>) =>
      listInvoices(db, { customerId: ids.customerA, filters: customerInvoiceList.parse(params) });
    expect(idsOf(await list({ durum: "paid" }))).toEqual([made.aDecember.id]);
    expect(idsOf(await list({ donem: "2025-12-15" }))).toEqual([made.aDecember.id]);
    expect(idsOf(await list({ sirala: "tutar", yon: "artan" }))).toEqual([made.aDecember.id, made.aJanuary.id]);
    expect(idsOf(await list({ sirala: "tutar" }))).toEqual([made.aJanuary.id, made.aDecember.id]);
    // A value that is not a period's first day is no filter at all, never an error.
    expect(customerInvoiceList.parse({ donem: "2025-12-14", durum: "bilinmiyor" })).toMatchObject({
      period: undefined,
      status: undefined,
    });
  });
});

describe("operations' invoice list", () => {
  it("shows every invoice with drafts, and totals of the filtered set computed in SQL", async () => {
    const made = await invoicesOfTwoCustomers();
    const db = await getDb();
    const list = (params: Record<string, string>) =>
      listInvoices(db, { customerId: null, filters: adminInvoiceList.parse(params) });
    const all = await list({});
    expect(all.count).toBe(5);
    // insertInvoice: KDV = subtotal / 5.
    const subtotal = 450000 + 120000 + 99900 + 333300 + 50000;
    expect(all.totals).toEqual({ subtotal, kdv: subtotal / 5, total: subtotal * 1.2 });

    const january = await list({ donem: "2026-01-15" });
    expect(january.count).toBe(3);
    expect(january.totals).toEqual({ subtotal: 883200, kdv: 176640, total: 1059840 });
    // Newest period first, then the newest number, the draft (no number yet) last.
    expect(idsOf(january)).toEqual([made.bJanuary.id, made.aJanuary.id, made.thirdDraft.id]);

    const overdue = await list({ durum: "overdue" });
    expect(overdue).toMatchObject({ count: 1, totals: { subtotal: 333300, kdv: 66660, total: 399960 } });

    // The customer's page links here with its id; the search finds a name whatever its Turkish letters.
    expect(idsOf(await list({ musteri: ids.customerB }))).toEqual([made.bJanuary.id, made.bDecember.id]);
    expect(idsOf(await list({ q: "BOĞAZİÇİ" }))).toEqual([made.bJanuary.id, made.bDecember.id]);
    expect(idsOf(await list({ q: "1111111111" }))).toEqual([made.aJanuary.id, made.aDecember.id]);
    expect(await list({ q: "bulunmayan firma" })).toMatchObject({
      count: 0,
      rows: [],
      totals: { subtotal: 0, kdv: 0, total: 0 },
    });
    // The dashboard's revenue links here by the Istanbul days an invoice was paid, both inclusive.
    const paidOn = (from?: string, to?: string) =>
      list({ ...(from && { "odeme-baslangic": from }), ...(to && { "odeme-bitis": to }) });
    expect(idsOf(await paidOn("2026-01-15", "2026-01-15"))).toEqual([made.aDecember.id]);
    expect((await paidOn("2026-01-16")).count).toBe(0);
    expect((await paidOn(undefined, "2026-01-14")).count).toBe(0);
    expect(idsOf(await list({ sirala: "firma", yon: "artan", donem: "2025-12-15" }))).toEqual([
      made.aDecember.id,
      made.bDecember.id,
    ]);
  });

  it("pages 20 rows at a time and keeps a page past the end bounded", async () => {
    await insertCustomer({ id: ids.customerA });
    let period = JANUARY;
    for (let month = 0; month < 23; month++) {
      await insertInvoice({
        customerId: ids.customerA,
        periodStart: period.start,
        periodEnd: period.end,
        status: "paid",
        subtotal: 1000,
      });
      period = previousPeriod(period);
    }
    const db = await getDb();
    const first = await listInvoices(db, { customerId: null, filters: { page: 1 } });
    const second = await listInvoices(db, { customerId: null, filters: { page: 2 } });
    expect(first).toMatchObject({ count: 23, pageCount: 2 });
    expect(first.rows).toHaveLength(20);
    expect(second.rows).toHaveLength(3);
    expect(new Set([...idsOf(first), ...idsOf(second)]).size).toBe(23);
    expect(await listInvoices(db, { customerId: null, filters: { page: 10_000_000 } })).toMatchObject({
      page: 500,
      rows: [],
    });
  });
});

describe("one invoice for its pages", () => {
  it("is not found for another customer, for a customer's draft, or for an id that is not one", async () => {
    const made = await invoicesOfTwoCustomers();
    const db = await getDb();
    expect(await getInvoiceDetail(db, { invoiceId: made.aJanuary.id, customerId: ids.customerB })).toBeNull();
    expect(await getInvoiceDetail(db, { invoiceId: made.thirdDraft.id, customerId: made.third })).toBeNull();
    expect(await getInvoiceDetail(db, { invoiceId: "not-an-id", customerId: ids.customerA })).toBeNull();
    expect(await getInvoiceDetail(db, { invoiceId: made.aJanuary.id, customerId: ids.customerA })).toMatchObject({
      invoiceNumber: made.aJanuary.invoiceNumber,
      total: 540000,
    });
    // Operations see the draft.
    expect(await getInvoiceDetail(db, { invoiceId: made.thirdDraft.id, customerId: null })).toMatchObject({
      status: "draft",
      invoiceNumber: null,
    });
  });

  it("has its history from the audit log, oldest first", async () => {
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD });
    await completeOrders(ids.customerA, [200]);
    const system = systemCtx("billing-test");
    const { invoiceId } = await generateInvoice(system, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
    await finalizeInvoices(system, { invoiceIds: [invoiceId!], now: RUN_AT });
    const history = await listInvoiceHistory(await getDb(), { invoiceId: invoiceId! });
    expect(history.map((entry) => entry.action)).toEqual(["invoice.created", "invoice.sent"]);
    expect(await listInvoiceHistory(await getDb(), { invoiceId: "x" })).toEqual([]);
  });
});

describe("the invoice list's CSV", () => {
  async function download(path: string, user: SessionUser | null) {
    signInAs(user);
    const response = await invoicesCsv(
      new Request(`http://127.0.0.1:3000${path}`, { headers: requestHeaders({ ip: "203.0.113.7" }) }),
    );
    const text = (await response.text()).replace(/^\uFEFF/, "");
    return { response, rows: response.ok ? (parse(text, { delimiter: ";" }) as string[][]) : [] };
  }

  it("holds exactly the filtered rows for operations, audited; anyone else gets 404", async () => {
    const made = await invoicesOfTwoCustomers();
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    const customerUser = await insertUser({ id: ids.userA, email: "ayse@anadolu.test", customerId: ids.customerA });
    const { response, rows } = await download("/yonetim/faturalar/csv?donem=2026-01-15&sirala=tutar", sessionOf(admin));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...body] = rows;
    expect(header!.slice(0, 3)).toEqual(["Fatura no", "ETTN", "Firma adı"]);
    // The same rows as the list (its order is the export's own: newest period first).
    expect(body.map((row) => row[0]).sort()).toEqual(["", made.aJanuary.invoiceNumber, made.bJanuary.invoiceNumber]);
    const overdue = body.find((row) => row[0] === made.bJanuary.invoiceNumber)!;
    expect(overdue.slice(7, 11)).toEqual(["3.333,00", "666,60", "3.999,60", "Vadesi geçti"]);
    const db = await getDb();
    const [audit] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "export.csv"), eq(auditLogs.entityId, "faturalar")));
    expect(audit).toMatchObject({
      actorUserId: ids.admin,
      after: {
        list: "faturalar",
        rows: 3,
        completed: true,
        filters: { period: "2026-01-15", order: { key: "tutar", direction: "desc" } },
      },
    });
    expect((await download("/yonetim/faturalar/csv", sessionOf(customerUser))).response.status).toBe(404);
    expect((await download("/yonetim/faturalar/csv", null)).response.status).toBe(404);
  });
});
