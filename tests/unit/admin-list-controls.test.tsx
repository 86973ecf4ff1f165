import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CsvLink, csvHref } from "@/components/admin/csv-link";
import { DataTable } from "@/components/ui/data-table";
import { keysetHref, keysetLinks } from "@/components/admin/keyset-links";
import { KeysetPager } from "@/components/ui/pagination";
import { decodeCursor, encodeCursor } from "@/lib/list-params";

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
