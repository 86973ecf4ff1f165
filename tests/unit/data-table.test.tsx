import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column, type ListState } from "@/components/ui/data-table";

type Row = { id: string; number: string; status: string; packages: number };

const columns: Column<Row>[] = [
  { key: "no", header: "Sipariş no", cell: (row) => row.number, mobile: "title" },
  { key: "durum", header: "Durum", cell: (row) => row.status, mobile: "status" },
  { key: "paket", header: "Paket", cell: (row) => row.packages, align: "end", sortable: true },
  { key: "not", header: "Not", cell: () => "–", mobile: "hidden" },
];

const list = (overrides: Partial<ListState> = {}): ListState => ({
  path: "/panel/siparisler",
  params: {},
  page: 1,
  pageCount: 1,
  total: 0,
  pageSize: 20,
  filtered: false,
  ...overrides,
});

const render = (rows: Row[], state: ListState) =>
  renderToStaticMarkup(
    <DataTable
      caption="Siparişler"
      noun="sipariş"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      list={state}
      empty={{ title: "Henüz siparişiniz yok" }}
      actions={<a href="/panel/siparisler.csv">CSV indir</a>}
    />,
  );

const rows: Row[] = Array.from({ length: 20 }, (_, index) => ({
  id: String(index),
  number: `SP-2026-${String(index).padStart(6, "0")}`,
  status: "Beklemede",
  packages: index,
}));

describe("the data table", () => {
  it("says there is nothing yet when the list is empty without filters", () => {
    const html = render([], list());
    expect(html).toContain("Henüz siparişiniz yok");
    expect(html).not.toContain("Filtreleri temizle");
    expect(html).not.toContain("<table");
  });

  it("says nothing matches, with a link that clears the filters, when filters emptied it", () => {
    const html = render([], list({ filtered: true, params: { durum: "cancelled" } }));
    expect(html).toContain("Bu filtrelere uyan kayıt yok");
    expect(html).toMatch(/<a[^>]*href="\/panel\/siparisler"[^>]*>Filtreleri temizle<\/a>/);
    expect(html).not.toContain("Henüz siparişiniz yok");
  });

  it("renders a handful of page links for 100,000 rows, each keeping the filters", () => {
    const html = render(rows, list({ total: 100_000, pageCount: 5_000, page: 2_500, params: { durum: "pending" } }));
    const pageLinks = html.match(/aria-label="Sayfa [\d.]+"/g) ?? [];
    expect(pageLinks).toHaveLength(5);
    expect(html).toContain('href="/panel/siparisler?durum=pending&amp;sayfa=2501"');
    expect(html).toContain("100.000 sipariş");
    expect(html).toContain("CSV indir");
  });

  it("makes the number the row's header and labels every other cell for the phone's cards", () => {
    const html = render(rows.slice(0, 1), list({ total: 1 }));
    expect(html).toMatch(/<th scope="row"[^>]*>SP-2026-000000<\/th>/);
    expect(html).toContain('data-label="Durum"');
    expect(html).toMatch(/<td data-label="Not" class="[^"]*data-cell-hidden/);
  });

  it("links a sortable header to the sort, and marks the current one", () => {
    const html = render(
      rows,
      list({ total: 20, sort: { key: "paket", direction: "asc" }, params: { sirala: "paket", yon: "artan" } }),
    );
    expect(html).toMatch(
      /<th scope="col" aria-sort="ascending"[^>]*><a [^>]*href="\/panel\/siparisler\?sirala=paket&amp;yon=azalan"/,
    );
  });

  it("offers the same sort links above the cards on a phone, where the header row is hidden", () => {
    const html = render(
      rows,
      list({ total: 20, sort: { key: "paket", direction: "asc" }, params: { durum: "pending" } }),
    );
    const phone = /<nav aria-label="Sıralama" class="[^"]*sm:hidden[^"]*">(.*?)<\/nav>/.exec(html);
    expect(phone).not.toBeNull();
    expect(phone![1]).toMatch(
      /<a [^>]*href="\/panel\/siparisler\?durum=pending&amp;sirala=paket&amp;yon=azalan"[^>]*>Paket/,
    );
    expect(phone![1]).not.toContain("Sipariş no");
  });

  it("pages a keyset list with previous and next links only, and says when its count is capped", () => {
    const html = render(
      rows,
      list({
        total: 10_000,
        totalCapped: true,
        keyset: { previous: null, next: "/yonetim/siparisler?durum=pending&sonra=WyJhIl0" },
      }),
    );
    expect(html).toContain("10.000+ sipariş");
    expect(html).not.toMatch(/aria-label="Sayfa [\d.]+"/);
    expect(html).toMatch(/<a (?=[^>]*rel="next")[^>]*href="\/yonetim\/siparisler\?durum=pending&amp;sonra=WyJhIl0"/);
    expect(html).toMatch(/<span aria-disabled="true"[^>]*>.*Önceki<\/span>/);
  });
});
