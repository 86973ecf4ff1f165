import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CsvLink, csvHref } from "@/components/admin/csv-link";
import { DataTable } from "@/components/ui/data-table";
import { keysetHref, keysetLinks } from "@/components/admin/keyset-links";
import { KeysetPager } from "@/components/ui/pagination";
import { auditLogList } from "@/lib/audit-log/filters";
import { userList } from "@/lib/auth/user-filters";
import { adminInvoiceList } from "@/lib/billing/filters";
import { customerList } from "@/lib/customers/filters";
import { emailLogList } from "@/lib/email-log/filters";
import { invoicesCsv } from "@/lib/exports/invoices";
import { auditCsv, customersCsv, emailsCsv, ordersCsv, quotesCsv, usersCsv } from "@/lib/exports/lists";
import { decodeCursor, encodeCursor } from "@/lib/list-params";
import { adminOrderList } from "@/lib/orders/filters";
import { quoteList } from "@/lib/quotes/filters";

describe("CSV link", () => {
  it("keeps the filters and the sort and drops the page and the keyset position", () => {
    const href = csvHref("/yonetim/siparisler/csv", {
      durum: "pending",
      ara: "Işık ltd",
      sirala: "tarih",
      sayfa: "3",
      sonra: "WyIxIl0",
      once: undefined,
      bos: "",
    });
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/yonetim/siparisler/csv");
    expect([...url.searchParams.entries()]).toEqual([
      ["durum", "pending"],
      ["ara", "Işık ltd"],
      ["sirala", "tarih"],
    ]);
  });

  it("is the bare route without filters and repeats a repeated parameter", () => {
    expect(csvHref("/yonetim/denetim/csv")).toBe("/yonetim/denetim/csv");
    expect(csvHref("/yonetim/denetim/csv", { tur: ["order", "invoice"] })).toBe(
      "/yonetim/denetim/csv?tur=order&tur=invoice",
    );
  });

  it("renders a plain download link labelled CSV indir", () => {
    const html = renderToStaticMarkup(<CsvLink href="/yonetim/e-postalar/csv" params={{ durum: "failed" }} />);
    expect(html).toContain('href="/yonetim/e-postalar/csv?durum=failed"');
    expect(html).toContain("download");
    expect(html).toContain("CSV indir");
  });
});

describe("keyset pager", () => {
  const params = { durum: "failed", sonra: "eski", sayfa: "2" };

  it("links to the next page after the last row, keeping the filters and dropping the old position", () => {
    const href = keysetHref("/yonetim/e-postalar", params, { direction: "after", key: ["2026-11-25", "id-1"] });
    const url = new URL(href, "http://x");
    expect(url.searchParams.get("durum")).toBe("failed");
    expect(url.searchParams.get("sayfa")).toBeNull();
    expect(decodeCursor(url.searchParams.get("sonra") ?? "")).toEqual(["2026-11-25", "id-1"]);
    expect(keysetHref("/yonetim/e-postalar", params, null)).toBe("/yonetim/e-postalar?durum=failed");
  });

  it("renders nothing for a single page and the first page's link only past it", () => {
    expect(renderToStaticMarkup(<KeysetPager {...keysetLinks("/p", {}, { next: null, previous: null })} />)).toBe("");
    const first = renderToStaticMarkup(
      <KeysetPager {...keysetLinks("/p", {}, { next: { direction: "after", key: ["a"] }, previous: null })} />,
    );
    expect(first).toContain("Sonraki");
    expect(first).not.toContain("İlk sayfa");
    const later = renderToStaticMarkup(
      <KeysetPager {...keysetLinks("/p", {}, { next: null, previous: { direction: "before", key: ["b"] } })} />,
    );
    expect(later).toContain("İlk sayfa");
    expect(later).toContain(`href="/p?once=${encodeCursor(["b"])}"`);
  });
});

describe("a capped count", () => {
  it("reads 10.000+ in the list's summary", () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="E-postalar"
        noun="e-posta"
        columns={[{ key: "id", header: "No", cell: (row: { id: string }) => row.id, mobile: "title" }]}
        rows={[{ id: "1" }]}
        rowKey={(row) => row.id}
        list={{
          path: "/p",
          params: {},
          page: 1,
          pageCount: 1,
          total: 10_000,
          pageSize: 50,
          filtered: false,
          totalCapped: true,
        }}
        empty={{ title: "Yok" }}
      />,
    );
    expect(html).toContain("10.000+ e-posta");
  });
});

describe("CSV indir of a list with filters of the address it could not use", () => {
  // The page gives the link its checked values (`params`), and the route reads the link with the
  // page's own definition: the file is filtered and sorted by what the list on screen is, never by a
  // value the page said it ignored, and never without one the page applied.
  const lists = [
    { csv: customersCsv, list: customerList, url: "durum=xyz&kademe=0-100&hizmet=vip&q=ab&sirala=foo&yon=artan" },
    { csv: quotesCsv, list: quoteList, url: "durum=xyz&q=Işık" },
    { csv: ordersCsv, list: adminOrderList, url: "durum=pending&baslangic=abc&musteri=1%20or%201%3D1" },
    { csv: invoicesCsv, list: adminInvoiceList, url: "durum=x&donem=2026-01-15&q=ab&sirala=tutar&yon=yukari" },
    { csv: emailsCsv, list: emailLogList, url: "durum=sent&sablon=A_B&alici=ay&bitis=2026-02-30" },
    { csv: auditCsv, list: auditLogList, url: "tur=XYZ&islem=order.created&kayit=a%00b&baslangic=2026-01-01" },
    { csv: usersCsv, list: userList, url: "rol=root&durum=active&q=%E2%80%AEabc" },
  ];

  it.each(lists)("$csv.name: the link and the route read what the page reads", ({ csv, list, url }) => {
    expect(csv.parse).toBe(list.parse);
    const page = list.parse(Object.fromEntries(new URLSearchParams(url)));
    expect(page.ignored).toBeDefined();
    const href = csvHref(`/liste/csv`, list.params(page as never));
    const file = csv.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    const { ignored: _ignored, ...applied } = page;
    expect(file).toEqual(applied);
    const sent = new URL(href, "http://x").searchParams;
    for (const [key, value] of Object.entries(page.ignored!)) expect(sent.get(key), key).not.toBe(value);
  });
});
