import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FilterDateRange } from "@/components/ui/data-table";

const range = (
  values: { from?: string; to?: string },
  ignored?: Record<string, string>,
  labels: { from?: string; to?: string } = {},
) =>
  renderToStaticMarkup(
    <FilterDateRange
      from={{ name: "baslangic", value: values.from, label: labels.from }}
      to={{ name: "bitis", value: values.to, label: labels.to }}
      ignored={ignored}
    />,
  );

/** The text of each status line (FilterNotice) in the markup. */
const notices = (html: string) =>
  [...html.matchAll(/<p role="status"[^>]*>(.*?)<\/p>/g)].map((match) =>
    match[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&"),
  );

describe("a list's date range in its filter bar", () => {
  it("says which date of the address it could not use, and that the list is not narrowed by it", () => {
    expect(notices(range({ to: "2026-01-31" }, { baslangic: "2026-13-45" }))).toEqual([
      "“2026-13-45” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.",
    ]);
    expect(notices(range({}, { baslangic: "abc", bitis: "2026-02-30" }))).toEqual([
      "“abc” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.",
      "“2026-02-30” geçerli bir tarih değil; bitiş tarihi filtresi uygulanmadı.",
    ]);
  });

  it("names the field by its own label, and a day before the first one the lists take as such", () => {
    expect(
      notices(range({}, { bitis: "1999-12-31" }, { from: "Ödeme tarihi (başlangıç)", to: "Ödeme tarihi (bitiş)" })),
    ).toEqual(["“1999-12-31” 01.01.2000'den önce; ödeme tarihi (bitiş) filtresi uygulanmadı."]);
  });

  it("cuts a long value short and says nothing of other filters or of valid days", () => {
    const [notice] = notices(range({}, { baslangic: "x".repeat(500) }));
    expect(notice).toBe(`“${"x".repeat(40)}…” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.`);
    expect(notices(range({ from: "2026-01-01", to: "2026-01-31" }, { q: "ab", durum: "x" }))).toEqual([]);
  });

  it("still says days the wrong way round, and lets the fields take no day before the first", () => {
    expect(notices(range({ from: "2026-02-01", to: "2026-01-01" }))).toEqual([
      "Başlangıç günü bitiş gününden sonra: bu aralıkta kayıt olamaz. Tarihleri değiştirin.",
    ]);
    expect(range({}).match(/min="2000-01-01"/g)).toHaveLength(2);
  });
});
