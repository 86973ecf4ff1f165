import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CsvLink, csvHref } from "@/components/admin/csv-link";

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
