import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InvoiceFilters } from "@/components/billing/invoice-filters";
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

describe("the invoice lists' period in their filter bar", () => {
  // 25.11.2026: the select offers the periods from 15.11.2026 back to 15.11.2024.
  const now = new Date("2026-11-25T11:00:00Z");
  const filters = (params: Record<string, string>, ignored?: Record<string, string>) =>
    renderToStaticMarkup(<InvoiceFilters path="/panel/faturalar" params={params} now={now} ignored={ignored} />);

  it("says a period of the address that is none, in the portal's list too", () => {
    expect(notices(filters({}, { donem: "2026-11-14" }))).toEqual([
      "“2026-11-14” bir dönemin ilk günü değil (dönemler ayın 15'inde başlar); dönem filtresi uygulanmadı.",
    ]);
    expect(notices(filters({}, { donem: "2026-13-15" }))).toEqual([
      "“2026-13-15” geçerli bir tarih değil; dönem filtresi uygulanmadı.",
    ]);
    expect(notices(filters({}, { donem: "1999-12-15" }))).toEqual([
      "“1999-12-15” 01.01.2000'den önce; dönem filtresi uygulanmadı.",
    ]);
  });

  it("shows the period the list is narrowed to when it is older than the select's own", () => {
    const html = filters({ donem: "2020-01-15" });
    expect(html).toMatch(/<option value="2020-01-15" selected="">15\.01\.2020 – 15\.02\.2020<\/option>/);
    expect(filters({ donem: "2026-10-15" }).match(/value="2026-10-15"/g)).toHaveLength(1);
  });
});
