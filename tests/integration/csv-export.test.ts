import "./helpers/next-mocks";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { GET as auditCsv } from "@/app/(admin)/yonetim/denetim/csv/route";
import { GET as emailsCsv } from "@/app/(admin)/yonetim/e-postalar/csv/route";
import { GET as usersCsv } from "@/app/(admin)/yonetim/kullanicilar/csv/route";
import { GET as customersCsv } from "@/app/(admin)/yonetim/musteriler/csv/route";
import { GET as ordersCsv } from "@/app/(admin)/yonetim/siparisler/csv/route";
import { GET as quotesCsv } from "@/app/(admin)/yonetim/teklifler/csv/route";
import { GET as pricingCsv } from "@/app/(admin)/yonetim/fiyatlandirma/csv/route";
import { getDb, query, schema, type Db } from "@/db";
import { listAdminOrders } from "@/db/queries/admin-orders";
import { listSurchargeVersions, listTierVersions, pricingVersionExport } from "@/db/queries/pricing";
import { DEFAULT_TIERS } from "@/db/seed";
import { adminCtx } from "./helpers/context";
import { schedulePricingChange } from "@/lib/pricing-admin/change";
import { defaultEffectiveDate, markVersions, tierHistory, VERSION_STATE_LABELS } from "@/lib/pricing-admin/versions";
import { customerExport, listCustomers } from "@/db/queries/customers";
import { streamRows } from "@/db/stream";
import { auditLogs, customers } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { csvStream, type StreamOutcome } from "@/lib/csv";
import { customerList } from "@/lib/customers/filters";
import { encodeCursor } from "@/lib/list-params";
import { adminOrderList } from "@/lib/orders/filters";
import { ids, insertOrders, sessionOf, twoCustomers } from "./helpers/fixtures";
import { insertAuditRow, insertEmailRow, manyIds } from "./helpers/admin";
import { insertQuote } from "./helpers/quotes";
import { requestHeaders, signInAs } from "./helpers/request";

const BASE = "http://127.0.0.1:3000";
const BOM_BYTES = [0xef, 0xbb, 0xbf];

async function download(route: (request: Request) => Promise<Response>, path: string, user: SessionUser | null) {
  signInAs(user);
  const response = await route(new Request(`${BASE}${path}`, { headers: requestHeaders({ ip: "203.0.113.7" }) }));
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text };
}

/** The file through a real CSV parser: its header and rows. */
function rowsOf(text: string) {
  const [header, ...rows] = parse(text.replace(/^\uFEFF/, ""), {
    delimiter: ";",
    relax_column_count: false,
  }) as string[][];
  return { header: header!, rows };
}

/** 1,050 customers in one insert: more than two of the embedded database's batches of 500. */
async function manyCustomers() {
  const db = await getDb();
  const list = manyIds(1_050, "f");
  await db.insert(customers).values(
    list.map((id, index) => ({
      id,
      companyName: `Şirket ${String(index).padStart(4, "0")}`,
      taxId: String(7_000_000_000 + index),
      contactName: index % 2 ? "Işıl Öztürk" : "Çağan Yıldız",
      email: `firma${index}@ornek.test`,
      phone: "+905321234567",
      status: index % 10 === 0 ? ("suspended" as const) : ("active" as const),
      suspensionReason: index % 10 === 0 ? ("non_payment" as const) : null,
      serviceType: index % 3 === 0 ? ("premium" as const) : ("standard" as const),
      createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
    })),
  );
}

/** Every row of a list, walking its keyset pages. */
async function walkCustomers(params: Record<string, string>) {
  const names: string[] = [];
  let page = await query(listCustomers, { filters: customerList.parse(params) });
  names.push(...page.rows.map((row) => row.companyName));
  while (page.next) {
    page = await query(listCustomers, {
      filters: customerList.parse({ ...params, sonra: encodeCursor(page.next.key) }),
    });
    names.push(...page.rows.map((row) => row.companyName));
  }
  return names;
}

describe("CSV indir", () => {
  it("holds exactly the filtered rows of the list, every page of them, in its order", async () => {
    const { admin } = await twoCustomers();
    await manyCustomers();
    // 945 rows: more than one batch of the embedded database; a page position in the URL changes
    // nothing, nor does a filter that does not parse (no tier is "yok").
    const path = "/yonetim/musteriler/csv?durum=active&q=ornek&sirala=kayit&yon=azalan&sonra=ignored&kademe=yok";
    const { response, bytes, text } = await download(customersCsv, path, sessionOf(admin));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="musteriler-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''musteriler-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual(BOM_BYTES);
    const { header, rows } = rowsOf(text);
    expect(header).toEqual([
      "Firma adı",
      "Vergi numarası",
      "Yetkili",
      "E-posta",
      "Telefon",
      "Şehir",
      "Durum",
      "Hizmet türü",
      "Sözleşme birim fiyatı (TL)",
      "Bu dönem paket",
      "Kademe",
      "Kayıt tarihi",
    ]);
    const expected = await walkCustomers({ durum: "active", q: "ornek", sirala: "kayit", yon: "azalan" });
    expect(expected).toHaveLength(945);
    expect(rows.map((row) => row[0])).toEqual(expected);
    expect(rows[0]).toEqual([
      expected[0],
      expect.stringMatching(/^70000\d{5}$/),
      "Işıl Öztürk",
      expect.stringMatching(/@ornek\.test$/),
      "0532 123 45 67",
      "",
      "Etkin",
      "Standart",
      "",
      "0",
      "0-100",
      expect.stringMatching(/^\d{2}\.\d{2}\.2026$/),
    ]);
    expect(text.split("\r\n").length).toBe(expected.length + 2);

    const db = await getDb();
    const audits = await db.select().from(auditLogs).where(eq(auditLogs.action, "export.csv"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: admin.id,
      entityType: "export",
      entityId: "musteriler",
      ipAddress: "203.0.113.7",
      after: {
        list: "musteriler",
        filters: { status: "active", search: "ornek", order: { key: "kayit", direction: "desc" } },
        rows: expected.length,
        completed: true,
      },
    });
    // The audit row records what chose the rows: not the page position, nor a filter that chose none.
    expect((audits[0]!.after as { filters: unknown }).filters).toEqual({
      status: "active",
      search: "ornek",
      order: { key: "kayit", direction: "desc" },
    });
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const { admin } = await twoCustomers();
    const db = await getDb();
    await db
      .update(customers)
      .set({ companyName: '=HYPERLINK("http://kotu.example","Tıkla")', contactName: "@SUM(1+1)", city: "-2+3" })
      .where(eq(customers.id, ids.customerA));
    const { rows } = rowsOf(
      (await download(customersCsv, "/yonetim/musteriler/csv?q=kotu.example", sessionOf(admin))).text,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 6)).toEqual([
      `'=HYPERLINK("http://kotu.example","Tıkla")`,
      expect.any(String),
      "'@SUM(1+1)",
      expect.any(String),
      "0532 123 45 67",
      "'-2+3",
    ]);
  });

  it("answers 404 to anyone but an admin, and writes no audit row", async () => {
    const { userA } = await twoCustomers();
    for (const route of [customersCsv, ordersCsv, quotesCsv, emailsCsv, auditCsv, usersCsv, pricingCsv]) {
      for (const user of [null, sessionOf(userA)]) {
        const { response, text } = await download(route, "/yonetim/x/csv", user);
        expect(response.status).toBe(404);
        expect(text).toBe("Sayfa bulunamadı.");
      }
    }
    const db = await getDb();
    expect(await db.select().from(auditLogs)).toEqual([]);
  });

  it("exports the orders, quotes, e-mails, users and audit log with their own filters", async () => {
    const { admin } = await twoCustomers();
    const newest = new Date("2026-11-20T09:00:00Z");
    await insertOrders({ customerId: ids.customerA, count: 30, newest, statuses: ["pending", "completed"] });
    await insertOrders({ customerId: ids.customerB, count: 10, newest, statuses: ["completed"], startSequence: 31 });
    const orders = rowsOf(
      (await download(ordersCsv, `/yonetim/siparisler/csv?durum=completed&musteri=${ids.customerA}`, sessionOf(admin)))
        .text,
    );
    const listed = await query(listAdminOrders, {
      filters: adminOrderList.parse({ durum: "completed", musteri: ids.customerA }),
      at: new Date(),
    });
    expect(orders.header.slice(0, 5)).toEqual(["Sipariş no", "Firma adı", "Vergi numarası", "Paket", "Durum"]);
    expect(orders.rows.map((row) => row[0])).toEqual(listed.rows.map((row) => row.orderNumber));
    expect(orders.rows).toHaveLength(15);
    expect(orders.rows.every((row) => row[1] === "Anadolu Kozmetik" && row[4] === "Tamamlandı")).toBe(true);

    await insertQuote({ status: "pending", companyName: "Bekleyen Ltd." });
    await insertQuote({ status: "quoted", companyName: "Teklifli A.Ş.", quotedUnitPrice: 3_250 });
    const quotes = rowsOf((await download(quotesCsv, "/yonetim/teklifler/csv?durum=quoted", sessionOf(admin))).text);
    expect(quotes.rows).toEqual([
      [
        expect.stringMatching(/^TKF-/),
        "Teklifli A.Ş.",
        "Mehmet Kaya",
        expect.stringMatching(/@deneme\.com\.tr$/),
        "0532 123 45 67",
        "101-250",
        "Teklif gönderildi",
        "Hayır",
        "40,00",
        "32,50",
        "",
        expect.stringMatching(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/),
      ],
    ]);

    await insertEmailRow({ recipient: "ayse@anadolu.test", status: "failed", lastError: "=cmd|' /C calc'!A0" });
    await insertEmailRow({ recipient: "burak@bogazici.test", status: "sent" });
    const mails = rowsOf((await download(emailsCsv, "/yonetim/e-postalar/csv?durum=failed", sessionOf(admin))).text);
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0]!.slice(1, 5)).toEqual(["ayse@anadolu.test", "Sipariş durumu", "", "Başarısız"]);
    expect(mails.rows[0]![7]).toBe("'=cmd|' /C calc'!A0");

    const db = await getDb();
    await db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, ids.userB));
    const customerUsers = rowsOf(
      (await download(usersCsv, "/yonetim/kullanicilar/csv?rol=customer&q=bogazici", sessionOf(admin))).text,
    );
    expect(customerUsers.header).toEqual(["Ad", "E-posta", "Rol", "Firma adı", "Durum", "Son giriş", "Oluşturulma"]);
    expect(customerUsers.rows).toEqual([
      [
        "Burak",
        "burak@bogazici.test",
        "Müşteri",
        "Boğaziçi Giyim",
        "Devre dışı",
        "",
        expect.stringMatching(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/),
      ],
    ]);
    const admins = rowsOf((await download(usersCsv, "/yonetim/kullanicilar/csv?rol=admin", sessionOf(admin))).text);
    // Newest first: this test's admin after the seed's.
    expect(admins.rows.map((row) => [row[1], row[2], row[3]])).toEqual([
      ["operasyon@cardak.test", "Yönetici", ""],
      ["admin@test.local", "Yönetici", ""],
    ]);

    await insertAuditRow({
      action: "order.status_changed",
      entityId: "o-1",
      before: { status: "pending" },
      after: { status: "completed" },
    });
    await insertAuditRow({ action: "customer.suspended", entityId: "c-1" });
    const audit = rowsOf((await download(auditCsv, "/yonetim/denetim/csv?tur=order", sessionOf(admin))).text);
    // The export of the audit log is itself audited, after it: the earlier exports are rows of their own.
    expect(audit.rows.map((row) => row[2])).toEqual(["order.status_changed"]);
    expect(audit.rows[0]!.slice(6)).toEqual(['{"status": "pending"}', '{"status": "completed"}']);
  });
});

describe("CSV indir of the price versions", () => {
  it("lists every version as the page does, newest first per tier, with its state as of the download", async () => {
    const { admin } = await twoCustomers();
    const now = new Date();
    const effectiveDate = defaultEffectiveDate(now);
    await schedulePricingChange(
      adminCtx(admin),
      {
        effectiveDate,
        premiumSurcharge: 800,
        tiers: DEFAULT_TIERS.map((tier) => ({
          range: tier.range,
          unitPrice: tier.range === "101-250" ? 3_799 : tier.unitPrice,
          storageCharge: tier.storageCharge,
        })),
      },
      now,
    );
    const { response, bytes, text } = await download(pricingCsv, "/yonetim/fiyatlandirma/csv", sessionOf(admin));
    expect(response.headers.get("content-disposition")).toMatch(/filename="fiyat-surumleri-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...bytes.slice(0, 3)]).toEqual(BOM_BYTES);
    const file = rowsOf(text);
    expect(file.header).toEqual([
      "Kalem",
      "Durum",
      "Yürürlük",
      "İlk faturalanan dönem",
      "Birim fiyat / ek ücret (TL)",
      "Aylık depolama (TL)",
      "Giren",
    ]);
    // The page's rows, by the page's rule: each tier in range order, then the surcharge.
    const page = [
      ...tierHistory(await query(listTierVersions, {}), now).flatMap(({ range, versions }) =>
        versions.map((version) => [`${range} paket`, VERSION_STATE_LABELS[version.state], version.createdByName]),
      ),
      ...markVersions(await query(listSurchargeVersions, {}), now).map((version) => [
        "Premium ek ücreti",
        VERSION_STATE_LABELS[version.state],
        version.createdByName,
      ]),
    ];
    expect(file.rows.map((row) => [row[0], row[1], row[6] === "Sistem" ? null : row[6]])).toEqual(page);
    expect(file.rows).toHaveLength(DEFAULT_TIERS.length + 3);
    const planned = file.rows.filter((row) => row[1] === "Planlandı");
    expect(planned.map((row) => [row[0], row[4], row[5], row[6]])).toEqual([
      ["101-250 paket", "37,99", "0,00", "Operasyon"],
      ["Premium ek ücreti", "8,00", "", "Operasyon"],
    ]);
    expect(planned[0]![2]).toBe(effectiveDate.split("-").reverse().join("."));

    // Read in batches of two (the embedded database's way, continuing after each batch's last key): the same rows.
    const db = await getDb();
    const batched: string[] = [];
    for await (const batch of streamRows(db, pricingVersionExport({ at: now }), 2)) {
      batched.push(...batch.map((row) => `${row.range ?? "premium"} ${row.effective_from}`));
    }
    const whole: string[] = [];
    for await (const batch of streamRows(db, pricingVersionExport({ at: now }))) {
      whole.push(...batch.map((row) => `${row.range ?? "premium"} ${row.effective_from}`));
    }
    expect(batched).toEqual(whole);
    expect(new Set(whole).size).toBe(file.rows.length);

    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.entityId, "fiyat-surumleri"));
    expect(audit).toMatchObject({ action: "export.csv", after: { list: "fiyat-surumleri", rows: 9, completed: true } });
  });
});

describe("an aborted download", () => {
  async function stream(db: Db, onEnd: (outcome: StreamOutcome) => Promise<void>) {
    return csvStream({
      header: ["Firma"],
      batches: streamRows(db, customerExport({ filters: customerList.parse({}) }), 100),
      cells: (row) => [row.company_name],
      onEnd,
    }).getReader();
  }

  it("stops reading and releases its connection: with a pool of one, the next query runs", async () => {
    await manyCustomers();
    const url = process.env.DATABASE_URL;
    const outcomes: StreamOutcome[] = [];
    if (!url) {
      // The embedded database reads in keyset batches and holds nothing between them.
      const reader = await stream(await getDb(), async (outcome) => void outcomes.push(outcome));
      await reader.read();
      await reader.read();
      await reader.cancel();
      expect(outcomes).toEqual([{ rows: 100, completed: false }]);
      const db = await getDb();
      expect(await db.select({ n: sql<number>`count(*)::int` }).from(customers)).toEqual([{ n: 1_050 }]);
      return;
    }
    const client = postgres(url, { max: 1, onnotice: () => {} });
    const db = drizzle({ client, schema }) as unknown as Db;
    try {
      const reader = await stream(db, async (outcome) => void outcomes.push(outcome));
      await reader.read(); // BOM and header
      await reader.read(); // the first 100 rows: the cursor now holds the only connection
      let answered = false;
      const waiting = db.execute(sql`select 1 as one`).then(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
      await reader.cancel();
      await Promise.race([
        waiting,
        new Promise((_, reject) => setTimeout(() => reject(new Error("the connection was not released")), 5_000)),
      ]);
      expect(answered).toBe(true);
      expect(outcomes).toEqual([{ rows: 100, completed: false }]);
    } finally {
      await client.end({ timeout: 5 });
    }
  });
});
