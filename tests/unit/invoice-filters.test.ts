import { describe, expect, it } from "vitest";
import { adminInvoiceList, customerInvoiceList, isFiltered } from "@/lib/billing/filters";
import { invoiceListState } from "@/components/billing/invoice-list-state";
import { customerList } from "@/lib/customers/filters";

describe("the invoice lists' URL", () => {
  it("reads status, period, customer, search, order and page; drops what does not parse", () => {
    const query = adminInvoiceList.parse({
      durum: "overdue",
      donem: "2026-01-15",
      musteri: "0a000000-0000-4000-8000-00000000000a",
      q: "  Boğaziçi  ",
      sirala: "tutar",
      yon: "artan",
      sayfa: "3",
    });
    expect(query).toMatchObject({
      status: "overdue",
      period: "2026-01-15",
      customerId: "0a000000-0000-4000-8000-00000000000a",
      search: "Boğaziçi",
      order: { key: "tutar", direction: "asc" },
      page: 3,
    });
    expect(
      adminInvoiceList.parse({ durum: "x", donem: "2026-01-14", musteri: "1", q: "ab", sirala: "y", sayfa: "0" }),
    ).toEqual({
      page: 1,
      order: { key: "donem", direction: "desc" },
      ignored: { durum: "x", donem: "2026-01-14", musteri: "1", q: "ab", sirala: "y" },
    });
  });

  it("drops a search holding a control character, as the customer list does (PostgreSQL refuses a NUL)", () => {
    for (const q of ["Boğaziçi\u0000", "Boğaziçi\u202Egpj"]) {
      expect(adminInvoiceList.parse({ q }).search, JSON.stringify(q)).toBeUndefined();
      expect(customerList.parse({ q }).search, JSON.stringify(q)).toBeUndefined();
    }
    expect(customerList.parse({ q: "Boğaziçi" }).search).toBe("Boğaziçi");
  });

  it("gives a customer's list no draft status: it never shows one, so it is dropped and said, not an empty list", () => {
    expect(customerInvoiceList.parse({ durum: "draft" })).toEqual({
      page: 1,
      order: { key: "donem", direction: "desc" },
      ignored: { durum: "draft" },
    });
    expect(customerInvoiceList.parse({ durum: "overdue" }).status).toBe("overdue");
    expect(adminInvoiceList.parse({ durum: "draft" }).status).toBe("draft");
  });

  it("gives a customer's list no customer nor search filter", () => {
    expect(customerInvoiceList.parse({ musteri: "0a000000-0000-4000-8000-00000000000a", q: "Boğaziçi" })).toEqual({
      page: 1,
      order: { key: "donem", direction: "desc" },
    });
  });

  it("orders by the column's own first direction unless the URL says otherwise", () => {
    const order = (params: Record<string, string>) => adminInvoiceList.parse(params).order;
    expect(order({})).toEqual({ key: "donem", direction: "desc" });
    expect(order({ sirala: "numara" })).toEqual({ key: "numara", direction: "asc" });
    expect(order({ sirala: "tutar" })).toEqual({ key: "tutar", direction: "desc" });
    expect(order({ sirala: "vade" })).toEqual({ key: "vade", direction: "desc" });
    expect(order({ sirala: "numara", yon: "azalan" })).toEqual({ key: "numara", direction: "desc" });
    expect(order({ sirala: "tutar", yon: "artan" })).toEqual({ key: "tutar", direction: "asc" });
    expect(customerInvoiceList.parse({ sirala: "tutar" }).order).toEqual({ key: "tutar", direction: "desc" });
  });

  it("keeps every filter in the list's links, the paid days too (the dashboard's revenue links to them)", () => {
    const query = adminInvoiceList.parse({
      durum: "paid",
      "odeme-baslangic": "2026-01-01",
      "odeme-bitis": "2026-01-31",
      sirala: "tutar",
      yon: "artan",
    });
    const state = invoiceListState("/yonetim/faturalar", adminInvoiceList, query, {
      page: 1,
      pageCount: 1,
      count: 3,
      countCapped: false,
    });
    expect(state.params).toEqual({
      durum: "paid",
      "odeme-baslangic": "2026-01-01",
      "odeme-bitis": "2026-01-31",
      sirala: "tutar",
      yon: "artan",
    });
  });

  it("counts as filtered only when a filter narrows the list, not for an order or a page", () => {
    expect(isFiltered({ order: { key: "tutar", direction: "asc" }, page: 4 })).toBe(false);
    expect(isFiltered({ status: "paid" })).toBe(true);
    expect(isFiltered({ search: "Anadolu" })).toBe(true);
  });
});
