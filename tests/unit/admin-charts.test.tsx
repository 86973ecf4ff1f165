import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AreaChart } from "@/components/admin/charts/area-chart";
import { BarChart } from "@/components/admin/charts/bar-chart";
import { DonutChart } from "@/components/admin/charts/donut-chart";
import type { ChartDatum } from "@/components/admin/charts/types";
import { compactLira, dayShortLabel, monthLabel, monthShortLabel } from "@/components/admin/format";
import { isRowId } from "@/lib/row-id";

const datum = (key: string, value: number): ChartDatum => ({
  key,
  label: `Ay ${key}`,
  short: key,
  value,
  valueText: `${value} TL`,
  href: `/yonetim/faturalar?ay=${key}`,
});

/** The bars' heights (a bar is filled; the column around it, its link's target, is transparent). */
const heights = (html: string) =>
  [...html.matchAll(/<rect[^>]*height="([\d.]+)"[^>]*class="fill-brand-600/g)].map((match) => Number(match[1]));

/** The drawing: one image, with nothing in it to focus or follow. */
const image = (html: string) => /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";

/** Its links, in the layer over it, hidden from assistive technology: href, tab index and name. */
const marks = (html: string) => {
  const layer = /<svg[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
  const attribute = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
  return [...layer.matchAll(/<a ([^>]*)><title>([^<]*)<\/title>/g)].map(([, attributes, name]) => ({
    tabIndex: attribute(attributes!, "tabindex"),
    href: attribute(attributes!, "href"),
    name,
  }));
};

describe("the dashboard's charts (server-drawn SVG)", () => {
  it("draws one bar per value, in proportion, named and described by its figures, with a linked table", () => {
    const html = renderToStaticMarkup(
      <BarChart
        id="g"
        title="Aylık gelir"
        data={[datum("1", 100), datum("2", 50), datum("3", 0)]}
        tick={String}
        valueHeader="Gelir"
      />,
    );
    const bars = heights(html);
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBeCloseTo(bars[1]! * 2, 5);
    expect(bars[2]).toBe(0);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="g-baslik g-aciklama"');
    expect(html).toContain('<title id="g-baslik">Aylık gelir</title>');
    expect(html).toContain('<desc id="g-aciklama">Ay 1: 100 TL; Ay 2: 50 TL; Ay 3: 0 TL</desc>');
    // The keyboard's way in: every figure is a link to its list in the table under the chart.
    expect(html).toContain('href="/yonetim/faturalar?ay=2"');
    // The pointer's: each bar is the same link, beside the image, hidden from assistive technology
    // and out of the tab order.
    expect(image(html)).toContain("<desc");
    expect(image(html)).not.toContain("<a");
    expect(marks(html)).toEqual(
      [1, 2, 3].map((n) => ({
        tabIndex: "-1",
        href: `/yonetim/faturalar?ay=${n}`,
        name: `Ay ${n}: ${[100, 50, 0][n - 1]} TL`,
      })),
    );
    expect(html).not.toContain("<script");
  });

  it("leaves out every second month label on a narrow chart, keeping the last, and sizes the text by the chart's width", () => {
    const data = Array.from({ length: 12 }, (_, index) => datum(`m${index}`, index));
    const html = renderToStaticMarkup(<BarChart id="g" title="Gelir" data={data} tick={String} valueHeader="Gelir" />);
    const labels = [...html.matchAll(/<text[^>]*class="([^"]*)"[^>]*>(m\d+)<\/text>/g)];
    expect(labels.map(([, , text]) => text)).toEqual(data.map((item) => item.key));
    const narrowHidden = labels.filter(([, classes]) => classes!.includes("@max-lg:hidden")).map(([, , text]) => text);
    expect(narrowHidden).toEqual(["m0", "m2", "m4", "m6", "m8", "m10"]);
    expect(html).toMatch(/<svg[^>]*class="[^"]*text-\[15px\] @xs:/);
  });

  it("draws a daily series as one filled path and one line, labelling the last day", () => {
    const data = Array.from({ length: 30 }, (_, index) => datum(`d${index}`, index));
    const html = renderToStaticMarkup(
      <AreaChart id="p" title="Paketler" data={data} tick={String} valueHeader="Paket" />,
    );
    expect(image(html).match(/<path d="M/g)).toHaveLength(2);
    expect(html).toContain(">d29</text>");
    expect(html).toContain(">d22</text>");
    expect(html).not.toContain(">d28</text>");
    // Every day, labelled or not, links to its list.
    expect(marks(html).map((mark) => mark.href)).toEqual(data.map((item) => item.href));
    expect(marks(html)[29]).toMatchObject({ tabIndex: "-1", name: "Ay d29: 29 TL" });
    expect(image(html)).not.toContain("<a");
  });

  it("shows shares of the whole as slices, an empty ring when there is nothing, and each share in the legend", () => {
    const html = renderToStaticMarkup(
      <DonutChart
        id="k"
        title="Kademeler"
        data={[datum("a", 3), datum("b", 1), datum("c", 0)]}
        valueHeader="Müşteri"
        centerLabel="müşteri"
      />,
    );
    expect(image(html).match(/<path d="M/g)).toHaveLength(2);
    // A slice of nothing is not drawn, nor linked.
    expect(marks(html).map((mark) => mark.href)).toEqual(["/yonetim/faturalar?ay=a", "/yonetim/faturalar?ay=b"]);
    expect(image(html)).not.toContain("<a");
    expect(html).toContain("%75");
    expect(html).toContain("%25");
    const empty = renderToStaticMarkup(
      <DonutChart id="k" title="Kademeler" data={[datum("a", 0)]} valueHeader="Müşteri" centerLabel="müşteri" />,
    );
    expect(empty).toContain("<circle");
    expect(empty).not.toContain("<path d=");
  });

  it("writes whole units on the value axis, also when there is nothing to draw", () => {
    const ticks = (html: string) =>
      [...html.matchAll(/<text[^>]*dy="0.32em"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    const empty = [datum("1", 0), datum("2", 0)];
    expect(
      ticks(
        renderToStaticMarkup(
          <BarChart id="g" title="Gelir" data={empty} tick={compactLira} unit={100} valueHeader="Gelir" />,
        ),
      ),
    ).toEqual(["₺0", "₺1", "₺2", "₺3", "₺4"]);
    expect(
      ticks(
        renderToStaticMarkup(
          <AreaChart id="p" title="Paket" data={[datum("1", 0), datum("2", 1)]} tick={String} valueHeader="Paket" />,
        ),
      ),
    ).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("writes months, days and money ticks in Turkish", () => {
    expect(monthLabel("2026-11")).toBe("Kasım 2026");
    expect(monthShortLabel("2026-02")).toBe("Şub");
    expect(dayShortLabel("2026-11-05")).toBe("05.11");
    expect(compactLira(250_000_000)).toBe("₺2,5\u00a0Mn");
  });
});

describe("row ids", () => {
  it("accept any uuid PostgreSQL reads (also the volume seed's md5 ids) and nothing else", () => {
    expect(isRowId("9b2f1c3e-8a4d-4f6b-9c1e-2d3f4a5b6c7d")).toBe(true);
    expect(isRowId("a9f7e979-65d6-cf79-9a52-9102a973b8b9")).toBe(true);
    expect(isRowId("not-an-id")).toBe(false);
    expect(isRowId("a9f7e979-65d6-cf79-9a52-9102a973b8b")).toBe(false);
    expect(isRowId("a9f7e979-65d6-cf79-9a52-9102a973b8b9'; drop table customers; --")).toBe(false);
  });
});
