import "./helpers/next-mocks";
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as invoicesCsv } from "@/app/(admin)/yonetim/faturalar/csv/route";
import { auditLogs, customers, invoices } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, rowsOf } from "@/db";
import { getInvoiceDetail, listInvoiceHistory } from "@/db/queries/billing";
import { invoiceOrder, listInvoices } from "@/db/queries/invoice-list";
import { keysetCondition, keysetOrderBy, keyText, type KeysetCursor } from "@/db/queries/keyset";
import { adminInvoiceList, customerInvoiceList } from "@/lib/billing/filters";
import { billingPeriodOf, periodKey, previousPeriod } from "@/lib/billing/period";
import { formatIstanbulDate, istanbulTime } from "@/lib/dates";
import { insertInvoice, manyIds } from "./helpers/admin";
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
    // Newest period first; in it the draft (no number yet: after every number, so first going down),
    // then the newest number.
    expect(idsOf(january)).toEqual([made.thirdDraft.id, made.bJanuary.id, made.aJanuary.id]);

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

  it("sorts by company name as the customer list does, each Turkish letter in its place", async () => {
    const made = await invoicesOfTwoCustomers();
    const deniz = "0d000000-0000-4000-8000-00000000000d";
    await insertCustomer({ id: deniz, companyName: "Deniz Lojistik", taxId: "4444444444" });
    const denizJanuary = await insertInvoice({
      customerId: deniz,
      periodStart: JANUARY.start,
      periodEnd: JANUARY.end,
      status: "sent",
      subtotal: 1000,
    });
    const db = await getDb();
    const january = async (yon: string) =>
      idsOf(
        await listInvoices(db, {
          customerId: null,
          filters: adminInvoiceList.parse({ donem: "2026-01-15", sirala: "firma", yon }),
        }),
      );
    // Anadolu, Boğaziçi, Çınar, Deniz: Ç after C and before D, not after Z as its bytes would sort.
    const alphabetical = [made.aJanuary.id, made.bJanuary.id, made.thirdDraft.id, denizJanuary.id];
    expect(await january("artan")).toEqual(alphabetical);
    expect(await january("azalan")).toEqual([...alphabetical].reverse());
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
    // The same rows as the list, in its order: the largest amount first.
    expect(body.map((row) => row[0])).toEqual([made.aJanuary.invoiceNumber, made.bJanuary.invoiceNumber, ""]);
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

  /**
   * 1,020 invoices (102 customers, 10 periods): more than two of the embedded database's export
   * batches of 500. Totals take six values and due times five a period, so a sort by either has ties
   * across a batch's end; every fourth is a draft (no number, no due time: after every value, so last
   * going up and first going down), so the drafts of a sort by number or due time cross one too.
   * Numbers do not follow the periods.
   */
  async function manyInvoices() {
    const db = await getDb();
    const customerIds = manyIds(102, "c");
    await db.insert(customers).values(
      customerIds.map((id, index) => ({
        id,
        companyName: `Firma ${String(index).padStart(3, "0")}`,
        taxId: String(6_000_000_000 + index),
        contactName: "Işıl Öztürk",
        email: `fatura${index}@ornek.test`,
        phone: "+905321234567",
      })),
    );
    const periods = [JANUARY];
    while (periods.length < 10) periods.push(previousPeriod(periods[periods.length - 1]!));
    const party = { name: "Deneme", address: null, taxOffice: null, taxId: "1234567890" };
    const rows = customerIds.flatMap((customerId, c) =>
      periods.map((period, p) => {
        const index = c * periods.length + p;
        const subtotal = (1 + (index % 6)) * 100_000;
        const kdv = subtotal / 5;
        const draft = index % 4 === 0;
        return {
          customerId,
          periodStart: period.start,
          periodEnd: period.end,
          unitPrice: 4500,
          subtotal,
          kdv,
          total: subtotal + kdv,
          status: draft ? ("draft" as const) : ("sent" as const),
          ...(draft
            ? {}
            : {
                invoiceNumber: `CRD2026${String((index * 7919) % 100_003).padStart(9, "0")}`,
                ettn: randomUUID(),
                seller: party,
                buyer: party,
                issuedAt: period.end,
                dueAt: new Date(period.end.getTime() + (index % 5) * 86_400_000),
              }),
        };
      }),
    );
    await db.insert(invoices).values(rows);
    return rows;
  }

  /** The list's rows, every page of it, as company and period (one invoice each). */
  async function listed(params: Record<string, string>) {
    const db = await getDb();
    const out: string[] = [];
    for (let page = 1; ; page++) {
      const filters = adminInvoiceList.parse({ ...params, sayfa: String(page) });
      const list = await listInvoices(db, { customerId: null, filters });
      out.push(...list.rows.map((row) => `${row.companyName} ${formatIstanbulDate(row.periodStart)}`));
      if (page >= list.pageCount) return out;
    }
  }

  const amount = (cell: string) => Number(cell.replace(/\./g, "").replace(",", "."));

  it("follows the order the list is sorted in, whichever column, across the stream's batches", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    const count = (await manyInvoices()).length;
    for (const sort of [
      "sirala=tutar",
      "sirala=tutar&yon=artan",
      "sirala=numara&yon=azalan",
      "sirala=vade&yon=artan",
      "sirala=firma",
      "",
    ]) {
      const { rows } = await download(`/yonetim/faturalar/csv?${sort}`, sessionOf(admin));
      const body = rows.slice(1);
      expect(body, sort).toHaveLength(count);
      expect(
        body.map((row) => `${row[2]} ${row[4]}`),
        sort,
      ).toEqual(await listed(Object.fromEntries(new URLSearchParams(sort))));
      if (sort === "sirala=tutar") {
        const totals = body.map((row) => amount(row[9]!));
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        expect(totals[0]).toBe(7_200);
      }
      if (sort === "sirala=numara&yon=azalan") {
        const numbers = body.map((row) => row[0]);
        expect(numbers.slice(0, 255)).toEqual(Array(255).fill(""));
        expect(numbers.slice(255)).toEqual(numbers.filter(Boolean).sort().reverse());
      }
    }
  });

  it("counts and sums what the filters choose up to the cap, and past it says 10.000+ without sums", async () => {
    const rows = await manyInvoices();
    const db = await getDb();
    const sum = (chosen: typeof rows) => ({
      subtotal: chosen.reduce((total, row) => total + row.subtotal, 0),
      kdv: chosen.reduce((total, row) => total + row.kdv, 0),
      total: chosen.reduce((total, row) => total + row.total, 0),
    });
    const list = (params: Record<string, string>, cap: number) =>
      listInvoices(db, { customerId: null, filters: adminInvoiceList.parse(params), cap });
    // Every invoice: 1,020 against a cap of 1,000, in any order.
    for (const params of [{}, { sirala: "tutar" }, { sirala: "numara", yon: "azalan" }] as Record<string, string>[]) {
      expect(await list(params, 1_000), JSON.stringify(params)).toMatchObject({
        count: 1_000,
        countCapped: true,
        pageCount: 50,
        totals: null,
      });
    }
    // The same under a cap they fit in, and one period (102 invoices) under the small cap: exact.
    expect(await list({}, 1_020)).toMatchObject({ count: 1_020, countCapped: false, totals: sum(rows) });
    const january = rows.filter((row) => row.periodStart.getTime() === JANUARY.start.getTime());
    expect(january).toHaveLength(102);
    expect(await list({ donem: periodKey(JANUARY) }, 1_000)).toMatchObject({
      count: 102,
      countCapped: false,
      pageCount: 6,
      totals: sum(january),
    });
  });

  it("continues after or before any row of an order with nulls, a draft's too", async () => {
    await manyInvoices();
    const db = await getDb();
    for (const order of [
      invoiceOrder({ key: "numara", direction: "desc" }),
      invoiceOrder({ key: "vade", direction: "asc" }),
    ]) {
      const keys = sql.join(
        order.columns.map((column, index) => sql`${keyText(column)} as ${sql.raw(`k${index}`)}`),
        sql`, `,
      );
      const read = async (cursor: KeysetCursor | null) =>
        rowsOf<Record<string, string | null>>(
          await db.execute(sql`select ${invoices.id} as id, ${keys} from ${invoices}
            ${cursor ? sql`where ${keysetCondition(order, cursor)}` : sql``}
            order by ${sql.join(keysetOrderBy(order, cursor), sql`, `)}`),
        ).map((row) => ({ id: row.id!, key: order.columns.map((_, index) => row[`k${index}`] ?? null) }));
      const all = await read(null);
      // The drafts (a null key) together: after every value, so last going up and first going down.
      const drafts = all.flatMap((row, index) => (row.key[0] === null ? [index] : []));
      const [first, last] = [drafts[0]!, drafts.at(-1)!];
      expect(drafts).toHaveLength(255);
      expect(last - first).toBe(254);
      expect(order.direction === "asc" ? last : first).toBe(order.direction === "asc" ? all.length - 1 : 0);
      // The first and last rows, the first and last drafts, a draft amid them, the values beside them.
      const around = [0, 10, first - 1, first, first + 100, last, last + 1, all.length - 1];
      for (const index of around.filter((at) => at >= 0 && at < all.length)) {
        const key = all[index]!.key;
        const after = await read({ direction: "after", key });
        expect(after.map((row) => row.id)).toEqual(all.slice(index + 1).map((row) => row.id));
        const before = await read({ direction: "before", key });
        expect(before.map((row) => row.id).reverse()).toEqual(all.slice(0, index).map((row) => row.id));
      }
    }
  });
});
