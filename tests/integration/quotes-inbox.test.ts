import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MyQuotes } from "@/components/portal/my-quotes";
import { getDb, query } from "@/db";
import { listCustomerQuotes, listQuotes } from "@/db/queries/quotes";
import { customers } from "@/db/schema";
import { QUOTE_PAGE_SIZE, type QuoteListQuery } from "@/lib/quotes/filters";
import { insertQuote } from "./helpers/quotes";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("operations inbox queries", () => {
  it("lists newest first, 20 a page", async () => {
    for (let index = 0; index < 25; index++) {
      await insertQuote({ companyName: `Firma ${index}`, createdAt: minutesAgo(100 - index) });
    }
    const first = await query(listQuotes, { page: 1 });
    expect(first.total).toBe(25);
    expect(first.rows).toHaveLength(QUOTE_PAGE_SIZE);
    expect(first.rows[0]?.companyName).toBe("Firma 24");
    const second = await query(listQuotes, { page: 2 });
    expect(second.rows.map((row) => row.companyName)).toEqual(["Firma 4", "Firma 3", "Firma 2", "Firma 1", "Firma 0"]);
  });

  it("filters by status and searches company, contact and e-mail without regard to case", async () => {
    await insertQuote({ companyName: "Mavi Deniz Tekstil", status: "pending" });
    await insertQuote({ companyName: "Kırmızı Kozmetik", contactName: "Zeynep DEMİR", status: "quoted" });
    await insertQuote({ companyName: "Yeşil Kitap", email: "siparis@YESILKITAP.com", status: "pending" });
    await insertQuote({ companyName: "100%_Pamuk", status: "rejected" });

    const names = async (params: QuoteListQuery) =>
      (await query(listQuotes, params)).rows.map((row) => row.companyName).sort();
    expect(await names({ page: 1, status: "pending" })).toEqual(["Mavi Deniz Tekstil", "Yeşil Kitap"]);
    expect(await names({ page: 1, search: "mavi deniz" })).toEqual(["Mavi Deniz Tekstil"]);
    expect(await names({ page: 1, search: "zeynep" })).toEqual(["Kırmızı Kozmetik"]);
    expect(await names({ page: 1, search: "yesilkitap.COM" })).toEqual(["Yeşil Kitap"]);
    expect(await names({ page: 1, search: "mavi", status: "quoted" })).toEqual([]);
    // A percent sign or underscore typed in the box is a letter, not a wildcard.
    expect(await names({ page: 1, search: "%_" })).toEqual(["100%_Pamuk"]);
    expect(await names({ page: 1, search: "_" })).toEqual(["100%_Pamuk"]);
  });

  it("shows a customer only its own quotes", async () => {
    const db = await getDb();
    const [mine, theirs] = await db
      .insert(customers)
      .values([
        {
          companyName: "Bizim AŞ",
          taxId: "1111111111",
          contactName: "A",
          email: "a@bizim.com",
          phone: "+905321234567",
        },
        {
          companyName: "Onların AŞ",
          taxId: "2222222222",
          contactName: "B",
          email: "b@onlar.com",
          phone: "+905321234568",
        },
      ])
      .returning();
    await insertQuote({ customerId: mine!.id, referenceNumber: "TKF-2026-000101", createdAt: minutesAgo(10) });
    await insertQuote({
      customerId: mine!.id,
      referenceNumber: "TKF-2026-000102",
      status: "quoted",
      quotedUnitPrice: 3000,
    });
    await insertQuote({ customerId: theirs!.id, referenceNumber: "TKF-2026-000103" });
    await insertQuote({ referenceNumber: "TKF-2026-000104" });
    const quotes = await query(listCustomerQuotes, { customerId: mine!.id });
    expect(quotes.map((quote) => [quote.referenceNumber, quote.status])).toEqual([
      ["TKF-2026-000102", "quoted"],
      ["TKF-2026-000101", "pending"],
    ]);

    const html = renderToStaticMarkup(
      MyQuotes({ quotes: await query(listCustomerQuotes, { customerId: mine!.id, limit: 5 }) }),
    );
    expect(html).toContain("TKF-2026-000102");
    expect(html).toContain("Teklif gönderildi");
    expect(html).toContain("₺30,00");
    expect(html).not.toContain("TKF-2026-000103");
    expect(html).not.toContain("TKF-2026-000104");
  });
});
