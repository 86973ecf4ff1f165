import { describe, expect, it } from "vitest";
import { adminInvoiceList, customerInvoiceList, invoiceOrder, isFiltered } from "@/lib/billing/filters";
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
      sort: "tutar",
      direction: "artan",
      page: 3,
    });
    expect(
      adminInvoiceList.parse({ durum: "x", donem: "2026-01-14", musteri: "1", q: "ab", sirala: "y", sayfa: "0" }),
    ).toEqual({ page: 1, sort: "donem" });
  });

  it("drops a search holding a control character, as the customer list does (PostgreSQL refuses a NUL)", () => {
    for (const q of ["Boğaziçi\u0000", "Boğaziçi\u202Egpj"]) {
      expect(adminInvoiceList.parse({ q }).search, JSON.stringify(q)).toBeUndefined();
      expect(customerList.parse({ q }).search, JSON.stringify(q)).toBeUndefined();
    }
    expect(customerList.parse({ q: "Boğaziçi" }).search).toBe("Boğaziçi");
  });

  it("gives a customer's list no customer nor search filter", () => {
    expect(customerInvoiceList.parse({ musteri: "0a000000-0000-4000-8000-00000000000a", q: "Boğaziçi" })).toEqual({
      page: 1,
      sort: "donem",
    });
  });

  it("orders by the column's own first direction unless the URL says otherwise", () => {
    expect(invoiceOrder({})).toEqual({ key: "donem", direction: "desc" });
    expect(invoiceOrder({ sort: "numara" })).toEqual({ key: "numara", direction: "asc" });
    expect(invoiceOrder({ sort: "numara", direction: "azalan" })).toEqual({ key: "numara", direction: "desc" });
    expect(invoiceOrder({ sort: "tutar", direction: "artan" })).toEqual({ key: "tutar", direction: "asc" });
  });

  it("counts as filtered only when a filter narrows the list, not for an order or a page", () => {
    expect(isFiltered({ sort: "tutar", direction: "artan", page: 4 })).toBe(false);
    expect(isFiltered({ status: "paid" })).toBe(true);
    expect(isFiltered({ search: "Anadolu" })).toBe(true);
  });
});
