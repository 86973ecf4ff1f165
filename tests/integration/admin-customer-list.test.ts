import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, query } from "@/db";
import { listCustomers } from "@/db/queries/customers";
import { cappedCount } from "@/db/queries/keyset";
import { customers } from "@/db/schema";
import { billingPeriodOf } from "@/lib/billing/period";
import { CUSTOMERS_PAGE_SIZE, customerList } from "@/lib/customers/filters";
import { istanbulTime } from "@/lib/dates";
import { encodeCursor } from "@/lib/list-params";
import { sortKey } from "@/lib/sort-key";
import { foldForSearch } from "@/lib/text-fold";
import { insertCustomer, insertOrders } from "./helpers/fixtures";
import { manyIds, TURKISH, turkishCustomers } from "./helpers/admin";

const NOW = istanbulTime(2026, 11, 25, 14, 0);
const list = (params: Record<string, string>) =>
  query(listCustomers, { filters: customerList.parse(params), at: NOW }).then((page) => page);
const names = (page: Awaited<ReturnType<typeof list>>) => page.rows.map((row) => row.companyName);

describe("customer search", () => {
  it.each([
    ["istanbul", "İstanbul Ambalaj A.Ş."],
    ["İSTANBUL", "İstanbul Ambalaj A.Ş."],
    ["isik", "Işık Elektronik Ltd. Şti."],
    ["IŞIK", "Işık Elektronik Ltd. Şti."],
    ["ŞEKER", "ŞEKER DÜNYASI GIDA"],
    ["seker dunyasi", "ŞEKER DÜNYASI GIDA"],
    ["gıda", "ŞEKER DÜNYASI GIDA"],
    ["cicek", "Çiçek Butik"],
    ["gulsen", "Çiçek Butik"],
    ["ÖMER güneş", "İstanbul Ambalaj A.Ş."],
    ["4540536920", "ŞEKER DÜNYASI GIDA"],
    ["sekerdunyasi.test", "ŞEKER DÜNYASI GIDA"],
    ["ismail@zeytin", "Zeytin Dalı Kozmetik"],
  ])("finds %s in company, contact, e-mail or tax number whatever the case and Turkish letters", async (q, name) => {
    await turkishCustomers();
    expect(names(await list({ q }))).toEqual([name]);
  });

  it("matches every word, and finds nothing for a word nobody has", async () => {
    await turkishCustomers();
    expect(names(await list({ q: "ayse elektronik" }))).toEqual(["Işık Elektronik Ltd. Şti."]);
    expect(names(await list({ q: "ayse gida" }))).toEqual([]);
    // `%` and `_` are letters typed, not wildcards.
    expect(names(await list({ q: "a%s" }))).toEqual([]);
  });

  it("ignores a search without a word of three letters (a trigram index cannot look it up)", async () => {
    await turkishCustomers();
    expect(customerList.parse({ q: "ış" }).search).toBeUndefined();
    expect((await list({ q: "ış" })).rows).toHaveLength(5);
  });

  it("keeps the database's folded search and sort columns equal to the application's", async () => {
    await turkishCustomers();
    const db = await getDb();
    const rows = await db
      .select({
        companyName: customers.companyName,
        contactName: customers.contactName,
        email: customers.email,
        taxId: customers.taxId,
        searchText: customers.searchText,
        sortName: customers.sortName,
      })
      .from(customers);
    for (const row of rows) {
      expect(row.searchText).toBe(foldForSearch(`${row.companyName} ${row.contactName} ${row.email} ${row.taxId}`));
      expect(row.sortName).toBe(sortKey(row.companyName));
    }
    // Decomposed text (İ as I + combining dot, ş as s + cedilla, as some systems send it) folds the same.
    const decomposed = "İŞIK Şeker".normalize("NFD");
    await insertCustomer({ id: manyIds(1)[0]!, companyName: decomposed });
    expect(names(await list({ q: "isik seker" }))).toEqual([decomposed]);
    // ...and sorts as the composed name: İ among the i's (after İstanbul), not among the ı's.
    const [stored] = await db
      .select({ sortName: customers.sortName })
      .from(customers)
      .where(sql`${customers.companyName} = ${decomposed}`);
    expect(stored!.sortName).toBe(sortKey("İŞIK Şeker"));
    expect(names(await list({})).slice(1, 4)).toEqual([
      "Işık Elektronik Ltd. Şti.",
      "İstanbul Ambalaj A.Ş.",
      decomposed,
    ]);
  });
});

describe("customer filters and order", () => {
  it("filters by status and service type, and sorts by name in Turkish alphabetical order", async () => {
    await turkishCustomers();
    expect(names(await list({}))).toEqual([
      "Çiçek Butik",
      "Işık Elektronik Ltd. Şti.",
      "İstanbul Ambalaj A.Ş.",
      "ŞEKER DÜNYASI GIDA",
      "Zeytin Dalı Kozmetik",
    ]);
    // The order of the column headers: `sirala` a column, `yon` artan/azalan.
    expect(names(await list({ sirala: "firma", yon: "azalan" }))[0]).toBe("Zeytin Dalı Kozmetik");
    const newestFirst = [
      "Zeytin Dalı Kozmetik",
      "Çiçek Butik",
      "ŞEKER DÜNYASI GIDA",
      "Işık Elektronik Ltd. Şti.",
      "İstanbul Ambalaj A.Ş.",
    ];
    expect(names(await list({ sirala: "kayit", yon: "azalan" }))).toEqual(newestFirst);
    expect(names(await list({ sirala: "kayit", yon: "artan" }))).toEqual([...newestFirst].reverse());
    expect(names(await list({ durum: "suspended" }))).toEqual(["Işık Elektronik Ltd. Şti."]);
    expect(names(await list({ hizmet: "premium" }))).toEqual(["ŞEKER DÜNYASI GIDA"]);
    expect(names(await list({ hizmet: "custom", q: "butik" }))).toEqual(["Çiçek Butik"]);
    const cicek = (await list({ hizmet: "custom" })).rows[0]!;
    expect(cicek).toMatchObject({ serviceType: "custom", contractUnitPrice: 3150, status: "active" });
  });

  it("puts each customer in the tier of its current period's packages that still count", async () => {
    await turkishCustomers();
    const period = billingPeriodOf(NOW);
    const inPeriod = new Date(period.start.getTime() + 3 * 86_400_000 + 3_600_000);
    // İstanbul: 60 + 70 = 130 packages (101-250); a cancelled order of 500 does not count.
    await insertOrders({ customerId: TURKISH.istanbul, count: 1, newest: inPeriod, statuses: ["completed"] });
    const db = await getDb();
    await db.execute(sql`update orders set package_count = 60 where customer_id = ${TURKISH.istanbul}`);
    await insertOrders({ customerId: TURKISH.istanbul, count: 1, newest: inPeriod, startSequence: 10 });
    await db.execute(sql`update orders set package_count = 70 where order_number = 'SP-2026-000010'`);
    await insertOrders({
      customerId: TURKISH.istanbul,
      count: 1,
      newest: inPeriod,
      startSequence: 11,
      statuses: ["cancelled"],
    });
    await db.execute(sql`update orders set package_count = 500 where order_number = 'SP-2026-000011'`);
    // Işık: 1200 packages, but in the previous period: this period it has none (0-100).
    await insertOrders({
      customerId: TURKISH.isik,
      count: 1,
      newest: new Date(period.start.getTime() - 86_400_000),
      startSequence: 20,
    });
    await db.execute(sql`update orders set package_count = 1200 where order_number = 'SP-2026-000020'`);
    // Şeker: 1001 packages this period (1000+).
    await insertOrders({ customerId: TURKISH.seker, count: 1, newest: inPeriod, startSequence: 30 });
    await db.execute(sql`update orders set package_count = 1001 where order_number = 'SP-2026-000030'`);

    const all = await list({});
    const tierOf = Object.fromEntries(all.rows.map((row) => [row.companyName, [row.periodPackages, row.tier]]));
    expect(tierOf).toEqual({
      "Çiçek Butik": [0, "0-100"],
      "İstanbul Ambalaj A.Ş.": [130, "101-250"],
      "Işık Elektronik Ltd. Şti.": [0, "0-100"],
      "ŞEKER DÜNYASI GIDA": [1001, "1000+"],
      "Zeytin Dalı Kozmetik": [0, "0-100"],
    });
    expect(names(await list({ kademe: "101-250" }))).toEqual(["İstanbul Ambalaj A.Ş."]);
    expect(names(await list({ kademe: "1000+" }))).toEqual(["ŞEKER DÜNYASI GIDA"]);
    expect(names(await list({ kademe: "0-100" }))).toEqual([
      "Çiçek Butik",
      "Işık Elektronik Ltd. Şti.",
      "Zeytin Dalı Kozmetik",
    ]);
    expect(names(await list({ kademe: "0-100", durum: "suspended" }))).toEqual(["Işık Elektronik Ltd. Şti."]);
    expect((await list({ kademe: "251-500" })).count).toEqual({ value: 0, capped: false });
  });
});

describe("customer pages", () => {
  it("walks two and a half pages of customers by keyset forwards and back, each once, in order", async () => {
    const size = CUSTOMERS_PAGE_SIZE;
    const half = Math.ceil(size / 2);
    const total = size * 2 + half;
    const name = (index: number) => `Firma ${String(index).padStart(String(total).length, "0")}`;
    const ids = manyIds(total);
    for (const [index, id] of ids.entries()) await insertCustomer({ id, companyName: name(index) });
    const expected = ids.map((_, index) => name(index));
    const seen: string[] = [];
    let page = await list({});
    expect(page.count).toEqual({ value: total, capped: false });
    expect(page.previous).toBeNull();
    const pages = [page];
    seen.push(...names(page));
    while (page.next) {
      page = await list({ sonra: encodeCursor(page.next.key) });
      pages.push(page);
      seen.push(...names(page));
    }
    expect(seen).toEqual(expected);
    expect(pages.map((p) => p.rows.length)).toEqual([size, size, half]);
    expect(page.next).toBeNull();
    // Back from the last page: the second, then the first, which has no previous page.
    const back = await list({ once: encodeCursor(page.previous!.key) });
    expect(names(back)).toEqual(expected.slice(size, size * 2));
    const first = await list({ once: encodeCursor(back.previous!.key) });
    expect(names(first)).toEqual(expected.slice(0, size));
    expect(first.previous).toBeNull();
    expect(first.next).not.toBeNull();
  });

  it("pages through names in Turkish alphabetical order, both ways, whatever the case", async () => {
    // Already in Turkish order; folded, each pair would swap (Çam before Cem, Şen before Sus...).
    const words = ["Cem", "ÇAM", "Gül", "ğ", "ılık", "Irmak", "İnci", "Oz", "Öz", "Sus", "şen", "Uz", "Ün"];
    const expected = words.flatMap((word) => [0, 1, 2].map((n) => `${word} ${n} Ltd.`));
    expect(expected.length).toBeGreaterThan(CUSTOMERS_PAGE_SIZE);
    const ids = manyIds(expected.length);
    // Inserted in reverse, so the order is not the insertion's.
    for (const [index, id] of ids.entries()) await insertCustomer({ id, companyName: expected.at(-1 - index)! });
    const seen: string[] = [];
    let page = await list({});
    seen.push(...names(page));
    while (page.next) {
      page = await list({ sonra: encodeCursor(page.next.key) });
      seen.push(...names(page));
    }
    expect(seen).toEqual(expected);
    const back = await list({ once: encodeCursor(page.previous!.key) });
    expect(names(back)).toEqual(expected.slice(0, CUSTOMERS_PAGE_SIZE));
    const descending = await list({ sirala: "firma", yon: "azalan" });
    expect(names(descending)).toEqual([...expected].reverse().slice(0, CUSTOMERS_PAGE_SIZE));
  });

  it("treats a forged or foreign cursor as the first page", async () => {
    await turkishCustomers();
    for (const forged of [
      encodeCursor(["x"]),
      encodeCursor(["a", "not-a-uuid"]),
      "!!!",
      encodeCursor(["2026", "1", "2"]),
    ]) {
      expect(names(await list({ sonra: forged }))[0]).toBe("Çiçek Butik");
    }
    // A name cursor is no date: with the newest-first order it is not used.
    expect(
      names(await list({ sirala: "kayit", yon: "azalan", sonra: encodeCursor(["cicek butik", TURKISH.cicek]) }))[0],
    ).toBe("Zeytin Dalı Kozmetik");
  });

  it("counts up to the cap and then says so", async () => {
    await turkishCustomers();
    const db = await getDb();
    const from = db.select({ id: customers.id }).from(customers);
    expect(await cappedCount(db, from, 3)).toEqual({ value: 3, capped: true });
    expect(await cappedCount(db, from, 5)).toEqual({ value: 5, capped: false });
    expect(await cappedCount(db, from, 10)).toEqual({ value: 5, capped: false });
  });
});
