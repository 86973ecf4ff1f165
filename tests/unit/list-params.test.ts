import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageWindow } from "@/lib/list-params";
import { decodeCursor, encodeCursor, filter, listParams, pageCount, type ListQuery } from "@/lib/list-params";
import { customerList } from "@/lib/customers/filters";
import { adminNewOrderCustomer, adminNewOrderHref, adminOrderList, orderList } from "@/lib/orders/filters";
import { quoteList } from "@/lib/quotes/filters";
import { auditLogList } from "@/lib/audit-log/filters";
import { userList } from "@/lib/auth/user-filters";
import { adminInvoiceList } from "@/lib/billing/filters";
import { emailLogList } from "@/lib/email-log/filters";

describe("list state in the URL", () => {
  const lamps = listParams({
    filters: { color: filter("renk", z.enum(["kirmizi", "mavi"])), size: filter("boy", z.coerce.number().int()) },
    columns: { keys: ["tarih", "fiyat"], default: { key: "tarih", direction: "desc" }, first: { fiyat: "desc" } },
  });

  it("reads filters, sort and page, taking the first of repeated values", () => {
    expect(lamps.parse({ renk: ["mavi", "kirmizi"], boy: "3", sirala: "tarih", yon: "artan", sayfa: "4" })).toEqual({
      color: "mavi",
      size: 3,
      order: { key: "tarih", direction: "asc" },
      page: 4,
    });
  });

  it("sorts a column named without a direction its own first way, else the default's or A→Z", () => {
    expect(lamps.parse({ sirala: "fiyat" }).order).toEqual({ key: "fiyat", direction: "desc" });
    expect(lamps.parse({ sirala: "tarih" }).order).toEqual({ key: "tarih", direction: "desc" });
    const plain = listParams({
      filters: {},
      columns: { keys: ["ad", "tarih"], default: { key: "tarih", direction: "desc" } },
    });
    expect(plain.parse({ sirala: "ad" }).order).toEqual({ key: "ad", direction: "asc" });
  });

  it("drops a bad filter and falls back to the first page and the default sort", () => {
    for (const sayfa of ["0", "-3", "2abc", "1.5", "", "99999999999999999999"]) {
      expect(lamps.parse({ renk: "yesil", boy: "iki", sirala: "rastgele", sayfa })).toEqual({
        color: undefined,
        size: undefined,
        order: { key: "tarih", direction: "desc" },
        page: 1,
        ignored: { renk: "yesil", boy: "iki", sirala: "rastgele" },
      });
    }
  });

  it("starts each list's column the way its header's first click does (a link without `yon`)", () => {
    expect(customerList.parse({ sirala: "kayit" }).order).toEqual({ key: "kayit", direction: "desc" });
    expect(customerList.parse({ sirala: "firma" }).order).toEqual({ key: "firma", direction: "asc" });
    expect(orderList.parse({ sirala: "paket" }).order).toEqual({ key: "paket", direction: "desc" });
  });

  it("writes the same state back, leaving out the defaults", () => {
    expect(
      lamps.href("/lambalar", { color: "mavi", size: 3, order: { key: "fiyat", direction: "asc" }, page: 2 }),
    ).toBe("/lambalar?renk=mavi&boy=3&sirala=fiyat&yon=artan&sayfa=2");
    expect(lamps.href("/lambalar", { order: { key: "tarih", direction: "desc" }, page: 1 })).toBe("/lambalar");
  });

  it("counts at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});

describe("sortable columns in the URL", () => {
  const boxes = listParams({
    filters: { color: filter("renk", z.enum(["kirmizi", "mavi"])) },
    columns: { keys: ["tarih", "paket"], default: { key: "tarih", direction: "desc" } },
  });

  it("reads the column and its Turkish direction, and falls back to the default order", () => {
    expect(boxes.parse({ sirala: "paket", yon: "artan" }).order).toEqual({ key: "paket", direction: "asc" });
    expect(boxes.parse({ sirala: "paket", yon: "azalan" }).order).toEqual({ key: "paket", direction: "desc" });
    expect(boxes.parse({}).order).toEqual({ key: "tarih", direction: "desc" });
    expect(boxes.parse({ sirala: "fiyat", yon: "yukari" }).order).toEqual({ key: "tarih", direction: "desc" });
    // The default column without a direction keeps the default's.
    expect(boxes.parse({ sirala: "tarih" }).order).toEqual({ key: "tarih", direction: "desc" });
  });

  it("gives the links' parameters without the page and without the default order", () => {
    const query = boxes.parse({ renk: "mavi", sirala: "paket", yon: "artan", sayfa: "3" });
    expect(boxes.params(query)).toEqual({ renk: "mavi", sirala: "paket", yon: "artan" });
    expect(boxes.params(boxes.parse({ renk: "mavi", sayfa: "2" }))).toEqual({ renk: "mavi" });
    expect(boxes.href("/kutular", query)).toBe("/kutular?renk=mavi&sirala=paket&yon=artan&sayfa=3");
  });
});

describe("quotes inbox links", () => {
  it("keep the status filter and the search in every page link", () => {
    expect(quoteList.href("/yonetim/teklifler", { status: "pending", search: "çardak & co", page: 3 })).toBe(
      "/yonetim/teklifler?durum=pending&q=%C3%A7ardak+%26+co&sayfa=3",
    );
    expect(quoteList.href("/yonetim/teklifler", { search: "mavi", page: 1 })).toBe("/yonetim/teklifler?q=mavi");
    expect(quoteList.href("/yonetim/teklifler", { page: 1 })).toBe("/yonetim/teklifler");
  });

  it("read a search trimmed and at most 200 characters long, and ignore a blank one", () => {
    expect(quoteList.parse({ q: "  mavi  ", durum: "quoted" })).toEqual({ search: "mavi", status: "quoted", page: 1 });
    expect(quoteList.parse({ q: "   " }).search).toBeUndefined();
    expect(quoteList.parse({ q: "a".repeat(300) }).search).toHaveLength(200);
  });

  it("link the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1, 2)).toEqual([1]);
    expect(pageWindow(1, 4, 2)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 30, 2)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 30]);
    expect(pageWindow(30, 30, 2)).toEqual([1, "gap", 28, 29, 30]);
  });
});

describe("operations' new order for a customer", () => {
  it("carries the customer as the order list does, and reads back only an id that parses", () => {
    const customerId = "0249f6b6-5c34-f826-ef79-32b20143998f";
    const href = adminNewOrderHref(customerId);
    expect(href).toBe(`/yonetim/siparisler/yeni?musteri=${customerId}`);
    expect(adminNewOrderHref()).toBe("/yonetim/siparisler/yeni");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(adminNewOrderCustomer(params)).toBe(customerId);
    expect(adminNewOrderCustomer({ musteri: "yok" })).toBeUndefined();
    expect(adminNewOrderCustomer({ musteri: [customerId, "yok"] })).toBe(customerId);
    expect(adminNewOrderCustomer({})).toBeUndefined();
  });
});

describe("keyset positions in the URL", () => {
  const list = listParams({ filters: { color: filter("renk", z.enum(["kirmizi", "mavi"])) }, keyset: true });
  const key = ["çiçek butik", "0a000000-0000-4000-8000-00000000000a"];

  it("round-trips the key of the row to continue after or before, Turkish letters included", () => {
    const after = list.href("/lambalar", { color: "mavi", page: 1, cursor: { direction: "after", key } });
    expect(after).toMatch(/^\/lambalar\?renk=mavi&sonra=[A-Za-z0-9_-]+$/);
    expect(list.parse(Object.fromEntries(new URL(after, "http://x").searchParams))).toEqual({
      color: "mavi",
      page: 1,
      cursor: { direction: "after", key },
    });
    const before = list.href("/lambalar", { page: 1, cursor: { direction: "before", key } });
    expect(list.parse(Object.fromEntries(new URL(before, "http://x").searchParams)).cursor).toEqual({
      direction: "before",
      key,
    });
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it("ignores anything that is not a cursor of ours", () => {
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "");
    for (const text of [
      "",
      "%%%",
      "bm90IGpzb24",
      encode({ a: 1 }),
      encode([]),
      encode([1, 2]),
      encode(["x".repeat(301)]),
    ]) {
      expect(decodeCursor(text)).toBeNull();
      expect(list.parse({ sonra: text }).cursor).toBeUndefined();
    }
  });

  it("writes no page number for a keyset list", () => {
    expect(list.href("/lambalar", { page: 3 })).toBe("/lambalar");
  });
});

describe("a list's free-text filters", () => {
  // PostgreSQL refuses a NUL in text and in the export's jsonb audit row: a failed page, an empty
  // file that looks like "nothing matches" and an export nobody audited. Such a value is no filter.
  const probes = ["a\u0000b", "abc\u0007", "\u202Eabc"];

  it("drop a value with control or bidi characters, like any other value they cannot take", () => {
    for (const probe of probes) {
      expect(quoteList.parse({ q: probe }).search).toBeUndefined();
      expect(userList.parse({ q: probe }).search).toBeUndefined();
      expect(customerList.parse({ q: probe }).search).toBeUndefined();
      expect(adminInvoiceList.parse({ q: probe }).search).toBeUndefined();
      expect(auditLogList.parse({ kayit: probe }).entityId).toBeUndefined();
      expect(emailLogList.parse({ alici: probe }).recipient).toBeUndefined();
    }
  });

  it("keep what a person types: trimmed, cut to a length, e-mail recipients in lower case", () => {
    expect(quoteList.parse({ q: "  Işık Kozmetik " }).search).toBe("Işık Kozmetik");
    expect(userList.parse({ q: "ayse@" }).search).toBe("ayse@");
    expect(quoteList.parse({ q: "x".repeat(300) }).search).toHaveLength(200);
    expect(quoteList.parse({ q: "   " }).search).toBeUndefined();
    expect(auditLogList.parse({ kayit: " SP-2026-000001 " }).entityId).toBe("SP-2026-000001");
    expect(emailLogList.parse({ alici: " Ayse@Anadolu.TEST " }).recipient).toBe("ayse@anadolu.test");
    expect(emailLogList.parse({ alici: "ay" }).recipient).toBeUndefined();
  });
});

describe("a date in a list's address that the list cannot use", () => {
  // An edited or old link (`?baslangic=2026-13-45`): the date fields cannot send one, so nothing but
  // the filter bar can tell the user that the list on screen is not narrowed to those days.
  const dated = [
    { name: "the portal's orders", parse: orderList.parse, from: "baslangic", to: "bitis" },
    { name: "operations' orders", parse: adminOrderList.parse, from: "baslangic", to: "bitis" },
    { name: "the invoices' paid days", parse: adminInvoiceList.parse, from: "odeme-baslangic", to: "odeme-bitis" },
    { name: "the e-mail log", parse: emailLogList.parse, from: "baslangic", to: "bitis" },
    { name: "the audit log", parse: auditLogList.parse, from: "baslangic", to: "bitis" },
  ];

  it.each(dated)("is dropped from $name and kept, as typed, among the ignored filters", ({ parse, from, to }) => {
    for (const value of ["2026-13-45", "abc", "2026-02-30", "2026-1-5", "1999-12-31", "15.01.2026"]) {
      const query = parse({ [from]: value, [to]: "2026-01-31" }) as ListQuery<Record<string, never>>;
      expect(query.ignored, value).toEqual({ [from]: value });
      expect(Object.values(query), value).not.toContain(value);
      expect(Object.values(query), value).toContain("2026-01-31");
    }
    expect((parse({ [to]: "abc" }) as ListQuery<Record<string, never>>).ignored).toEqual({ [to]: "abc" });
  });

  it("is not said for a valid, empty or blank value, nor for a parameter that is no filter of the list", () => {
    expect(orderList.parse({ baslangic: "2026-01-01", bitis: "2026-01-31" }).ignored).toBeUndefined();
    expect(orderList.parse({ baslangic: "", bitis: "   " }).ignored).toBeUndefined();
    expect(orderList.parse({ tarih: "abc", sayfa: "x" }).ignored).toBeUndefined();
  });

  it("takes the first of repeated values, and leaves the links and the page without it", () => {
    const query = auditLogList.parse({ baslangic: ["2026-13-45", "2026-01-01"], tur: "order" });
    expect(query.ignored).toEqual({ baslangic: "2026-13-45" });
    expect(auditLogList.params(query)).toEqual({ tur: "order" });
    expect(auditLogList.href("/yonetim/denetim", query)).toBe("/yonetim/denetim?tur=order");
  });
});

describe("a sort in a list's address that the list cannot use", () => {
  // `?sirala=foo` (an old column, an edited link) showed the default order without a word: the user
  // took the rows for sorted as asked.
  it("is kept, as typed, among the ignored, and the list keeps its default order", () => {
    expect(customerList.parse({ sirala: "foo" })).toMatchObject({
      order: { key: "firma", direction: "asc" },
      ignored: { sirala: "foo" },
    });
    expect(adminInvoiceList.parse({ sirala: "DONEM", yon: "artan" })).toMatchObject({
      order: { key: "donem", direction: "desc" },
      ignored: { sirala: "DONEM" },
    });
  });

  it("keeps the column when only the direction is none, in the column's own first direction", () => {
    expect(customerList.parse({ sirala: "kayit", yon: "yukari" })).toMatchObject({
      order: { key: "kayit", direction: "desc" },
      ignored: { yon: "yukari" },
    });
    expect(orderList.parse({ sirala: ["bilinmez", "paket"], yon: "asc" }).ignored).toEqual({
      sirala: "bilinmez",
      yon: "asc",
    });
  });

  it("sorts the default column by a direction given alone, and says nothing of it", () => {
    const query = orderList.parse({ yon: "artan" });
    expect(query.order).toEqual({ key: "tarih", direction: "asc" });
    expect(query.ignored).toBeUndefined();
    expect(orderList.params(query)).toEqual({ sirala: "tarih", yon: "artan" });
  });

  it("is not said when blank, nor on a list that sorts by no column", () => {
    expect(customerList.parse({ sirala: "  ", yon: "" }).ignored).toBeUndefined();
    expect(adminOrderList.parse({ sirala: "foo", yon: "yukari" }).ignored).toBeUndefined();
    expect(auditLogList.parse({ sirala: "foo" }).ignored).toBeUndefined();
  });

  it("leaves the links (and so the CSV's) without it", () => {
    const query = customerList.parse({ durum: "active", sirala: "foo", yon: "yukari" });
    expect(customerList.params(query)).toEqual({ durum: "active" });
    expect(customerList.href("/yonetim/musteriler", query)).toBe("/yonetim/musteriler?durum=active");
  });
});
