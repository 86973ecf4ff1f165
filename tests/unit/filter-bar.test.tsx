import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuoteFilters } from "@/app/(admin)/yonetim/teklifler/quote-filters";
import { InvoiceFilters } from "@/components/billing/invoice-filters";
import { OrderFilters } from "@/components/orders/order-filters";
import {
  FilterBar,
  FilterDateRange,
  FilterSelect,
  ignoredTextReason,
  type IgnoredField,
} from "@/components/ui/data-table";
import { adminInvoiceList, customerInvoiceList } from "@/lib/billing/filters";
import { adminOrderList, orderList } from "@/lib/orders/filters";
import { quoteList } from "@/lib/quotes/filters";

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

describe("a filter bar says each filter and sort of the address the list could not use", () => {
  const bar = (ignored: Record<string, string> | undefined, fields?: Record<string, IgnoredField>) =>
    renderToStaticMarkup(
      <FilterBar path="/yonetim/musteriler" params={{}} label="Müşteri filtreleri" ignored={ignored} fields={fields}>
        <span />
      </FilterBar>,
    );

  it("names a select's filter by its label, with the value as typed", () => {
    expect(notices(bar({ durum: "xyz", kademe: "9" }, { durum: "Durum", kademe: "Kademe" }))).toEqual([
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“9” bu listede bir kademe değil; kademe filtresi uygulanmadı.",
    ]);
    expect(notices(bar({ hizmet: "vip" }, { hizmet: "Hizmet türü" }))).toEqual([
      "“vip” bu listede bir hizmet türü değil; hizmet türü filtresi uygulanmadı.",
    ]);
  });

  it("says a sort column or direction the list does not have on every list, as no filter", () => {
    expect(notices(bar({ sirala: "foo", yon: "yukari" }))).toEqual([
      "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
      "“yukari” bir sıralama yönü değil (artan ya da azalan); sıralama yönü uygulanmadı.",
    ]);
  });

  it("says them in the order of the fields, and nothing of a filter said elsewhere (a search's own notice)", () => {
    expect(notices(bar({ q: "ab", kademe: "9", durum: "x" }, { durum: "Durum", kademe: "Kademe" }))).toEqual([
      "“x” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“9” bu listede bir kademe değil; kademe filtresi uygulanmadı.",
    ]);
    expect(notices(bar(undefined, { durum: "Durum" }))).toEqual([]);
    expect(notices(bar({}, { durum: "Durum" }))).toEqual([]);
  });

  it("repeats at most 40 characters, shows invisible ones, and only ever as text", () => {
    const [long] = notices(bar({ durum: "ç".repeat(5000) }, { durum: "Durum" }));
    expect(long).toBe(`“${"ç".repeat(40)}…” bu listede bir durum değil; durum filtresi uygulanmadı.`);
    // A right-to-left override would turn the rest of the sentence around; a NUL would hide.
    expect(notices(bar({ durum: "\u202Eabc\u0000" }, { durum: "Durum" }))).toEqual([
      "“\uFFFDabc\uFFFD” bu listede bir durum değil; durum filtresi uygulanmadı.",
    ]);
    const html = bar({ durum: '<img src=x onerror="alert(1)">' }, { durum: "Durum" });
    expect(html).not.toContain("<img");
    expect(html).toContain("“&lt;img src=x onerror=&quot;alert(1)&quot;&gt;” bu listede bir durum değil");
  });

  it("gives a search's reason by what is wrong with it", () => {
    const search = { label: "Arama", reason: (value: string) => ignoredTextReason(value, { minWord: 3, max: 100 }) };
    expect(notices(bar({ q: "ab" }, { q: search }))).toEqual([
      "“ab” en az 3 harflik bir kelime içermiyor; arama filtresi uygulanmadı.",
    ]);
    expect(notices(bar({ q: "abc\u0007" }, { q: search }))).toEqual([
      "“abc\uFFFD” görünmez bir karakter (kontrol ya da yazı yönü karakteri) içeriyor; arama filtresi uygulanmadı.",
    ]);
    expect(notices(bar({ q: "x".repeat(101) }, { q: search }))[0]).toMatch(/” 100 karakterden uzun; arama filtresi/);
    // A filter that needs a few characters, not a word (an e-mail address's part), counts letters as seen.
    const recipient = { label: "Alıcı", reason: (value: string) => ignoredTextReason(value, { min: 3 }) };
    expect(notices(bar({ alici: "ay" }, { alici: recipient }))).toEqual([
      "“ay” 3 karakterden kısa; alıcı filtresi uygulanmadı.",
    ]);
    expect(notices(bar({ alici: "a\u0000" }, { alici: recipient }))[0]).toMatch(/görünmez bir karakter/);
  });
});

describe("each list's filter bar says every filter of its address it could not use", () => {
  // Every filter of the list's URL at once, none of them a value the list takes.
  const bad = { durum: "xyz", baslangic: "abc", bitis: "2026-02-30", musteri: "1 or 1=1", sirala: "foo", yon: "x" };

  it("the portal's orders: status, days and sort; a customer is no filter of it", () => {
    const query = orderList.parse(bad);
    const html = renderToStaticMarkup(
      <OrderFilters path="/panel/siparisler" params={orderList.params(query)} values={query} />,
    );
    expect(notices(html)).toEqual([
      "“abc” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.",
      "“2026-02-30” geçerli bir tarih değil; bitiş tarihi filtresi uygulanmadı.",
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
      "“x” bir sıralama yönü değil (artan ya da azalan); sıralama yönü uygulanmadı.",
    ]);
  });

  it("operations' orders: the customer too", () => {
    const query = adminOrderList.parse(bad);
    const html = renderToStaticMarkup(
      <OrderFilters
        path="/yonetim/siparisler"
        params={adminOrderList.params(query)}
        values={query}
        customerFilter={<span />}
      />,
    );
    expect(notices(html)).toEqual([
      "“abc” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.",
      "“2026-02-30” geçerli bir tarih değil; bitiş tarihi filtresi uygulanmadı.",
      "“1 or 1=1” bu listede bir müşteri değil; müşteri filtresi uygulanmadı.",
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
    ]);
  });

  it("operations' orders: the late filter too, where the page offers it", () => {
    const query = adminOrderList.parse({ gecikme: "evet" });
    const html = renderToStaticMarkup(
      <OrderFilters
        path="/yonetim/siparisler"
        params={adminOrderList.params(query)}
        values={query}
        customerFilter={<span />}
        lateFilter
      />,
    );
    expect(notices(html)).toEqual(["“evet” bu listede bir gecikme değil; gecikme filtresi uygulanmadı."]);
  });

  it("the invoices: search, status, period, customer, paid days and sort", () => {
    const now = new Date("2026-11-25T11:00:00Z");
    const admin = adminInvoiceList.parse({ ...bad, q: "ab", donem: "2026-11-14", "odeme-bitis": "yarın" });
    const adminHtml = renderToStaticMarkup(
      <InvoiceFilters path="/yonetim/faturalar" params={{}} now={now} search ignored={admin.ignored} />,
    );
    expect(notices(adminHtml)).toEqual([
      "“yarın” geçerli bir tarih değil; ödeme tarihi (bitiş) filtresi uygulanmadı.",
      "“ab” en az 3 harflik bir kelime içermiyor; arama filtresi uygulanmadı.",
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“2026-11-14” bir dönemin ilk günü değil (dönemler ayın 15'inde başlar); dönem filtresi uygulanmadı.",
      "“1 or 1=1” bu listede bir müşteri değil; müşteri filtresi uygulanmadı.",
      "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
      "“x” bir sıralama yönü değil (artan ya da azalan); sıralama yönü uygulanmadı.",
    ]);
    const portal = customerInvoiceList.parse({ ...bad, q: "ab" });
    const portalHtml = renderToStaticMarkup(
      <InvoiceFilters path="/panel/faturalar" params={{}} now={now} ignored={portal.ignored} />,
    );
    expect(notices(portalHtml)).toEqual([
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
      "“x” bir sıralama yönü değil (artan ya da azalan); sıralama yönü uygulanmadı.",
    ]);
  });

  it("the quotes inbox: status and search", () => {
    const query = quoteList.parse({ durum: "xyz", q: "a\u0000b" });
    const html = renderToStaticMarkup(
      <QuoteFilters path="/yonetim/teklifler" params={quoteList.params(query)} ignored={query.ignored} />,
    );
    expect(notices(html)).toEqual([
      "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
      "“a\uFFFDb” görünmez bir karakter (kontrol ya da yazı yönü karakteri) içeriyor; arama filtresi uygulanmadı.",
    ]);
  });
});

describe("a filter select", () => {
  const options = [
    { value: "order", label: "Sipariş" },
    { value: "invoice", label: "Fatura" },
  ];
  /** The options' values and labels, and which is selected, as rendered. */
  const rendered = (defaultValue?: string) =>
    [
      ...renderToStaticMarkup(
        <FilterSelect name="tur" label="Kayıt türü" options={options} defaultValue={defaultValue} />,
      ).matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g),
    ].map((match) => [match[1], match[3], Boolean(match[2])]);

  it("shows the value the list applies even when no option names it, instead of reading “Tümü”", () => {
    expect(rendered("payment")).toEqual([
      ["", "Tümü", false],
      ["payment", "payment", true],
      ["order", "Sipariş", false],
      ["invoice", "Fatura", false],
    ]);
  });

  it("selects a named value, and “Tümü” with none", () => {
    expect(rendered("invoice").filter(([, , selected]) => selected)).toEqual([["invoice", "Fatura", true]]);
    expect(rendered(undefined).filter(([, , selected]) => selected)).toEqual([["", "Tümü", true]]);
    expect(rendered(undefined)).toHaveLength(3);
  });
});
