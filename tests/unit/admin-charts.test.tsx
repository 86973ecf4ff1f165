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

/** The axis labels (HTML beside the plot): text, classes, and where each sits, in % of the plot. */
const axisLabels = (html: string) =>
  [...html.matchAll(/<span data-axis-label="" class="([^"]*)" style="([^"]*)">([^<]*)<\/span>/g)].map(
    ([, classes, style, text]) => {
      const at = (property: string) => {
        const value = new RegExp(`(?:^|;)${property}:([\\d.-]+)%`).exec(style!)?.[1];
        return value === undefined ? undefined : Number(value);
      };
      return { text: text!, classes: classes!, left: at("left"), top: at("top") };
    },
  );

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

  it("leaves out every second month label on a narrow chart, keeping the last", () => {
    const data = Array.from({ length: 12 }, (_, index) => datum(`m${index}`, index));
    const html = renderToStaticMarkup(<BarChart id="g" title="Gelir" data={data} tick={String} valueHeader="Gelir" />);
    const labels = axisLabels(html).filter((label) => /^m\d+$/.test(label.text));
    expect(labels.map((label) => label.text)).toEqual(data.map((item) => item.key));
    const narrowHidden = labels.filter((label) => label.classes.includes("@max-lg:hidden")).map((label) => label.text);
    expect(narrowHidden).toEqual(["m0", "m2", "m4", "m6", "m8", "m10"]);
  });

  it("stretches the plot to its card and keeps its text out of it, at one size on screen", () => {
    for (const html of [
      renderToStaticMarkup(
        <BarChart id="g" title="Gelir" data={[datum("1", 3), datum("2", 1)]} tick={String} valueHeader="Gelir" />,
      ),
      renderToStaticMarkup(
        <AreaChart id="p" title="Paket" data={[datum("1", 3), datum("2", 1)]} tick={String} valueHeader="Paket" />,
      ),
    ]) {
      // As wide as the card whatever its width, as high as the chart's CSS says: no text inside would survive that.
      expect(image(html)).toMatch(/^<svg[^>]*viewBox="0 0 1000 400" preserveAspectRatio="none"/);
      expect(image(html)).toMatch(/class="[^"]*size-full/);
      expect(image(html)).not.toContain("<text");
      expect(html).not.toContain("max-w-xl");
      // Its links are stretched the same way, so each lies over its bar or day.
      expect(html).toMatch(/<svg[^>]*preserveAspectRatio="none" aria-hidden="true"/);
      // The labels are HTML at 12 px, out of the way of assistive technology (the description reads the figures).
      expect(html).toMatch(/<div class="grid[^"]*text-xs[^"]*"/);
      expect(html.match(/<div aria-hidden="true" class="relative[^"]*">/g)).toHaveLength(2);
      const labels = axisLabels(html);
      expect(labels.filter((label) => label.top !== undefined).map((label) => label.text)).toEqual([
        "0",
        "1",
        "2",
        "3",
        "4",
      ]);
      expect(labels.filter((label) => label.left !== undefined).at(-1)?.text).toBe("2");
    }
  });

  it("puts each month label under its bar's centre and each tick at its value's height, as shares of the plot", () => {
    const html = renderToStaticMarkup(
      <BarChart id="g" title="Gelir" data={[datum("1", 4), datum("2", 2)]} tick={String} valueHeader="Gelir" />,
    );
    const bars = [...image(html).matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map(
      (match) => match.slice(1).map(Number) as [number, number, number, number],
    );
    const labels = axisLabels(html);
    const months = labels.filter((label) => label.left !== undefined);
    expect(months).toHaveLength(2);
    for (const [index, [x, , width]] of bars.entries()) {
      expect(months[index]!.left).toBeCloseTo(((x + width / 2) / 1000) * 100, 2);
    }
    // The value axis: 0 at the bottom, the largest value (4) at the top, the bars reaching their values.
    const tick = (text: string) => labels.find((label) => label.text === text && label.top !== undefined)!.top;
    expect(tick("0")).toBe(100);
    expect(tick("4")).toBe(0);
    expect(tick("2")).toBe(50);
    expect(bars.map(([, y]) => (y / 400) * 100)).toEqual([0, 50]);
  });

  it("draws a daily series as one filled path and one line, labelling the last day", () => {
    const data = Array.from({ length: 30 }, (_, index) => datum(`d${index}`, index));
    const html = renderToStaticMarkup(
      <AreaChart id="p" title="Paketler" data={data} tick={String} valueHeader="Paket" />,
    );
    expect(image(html).match(/<path d="M/g)).toHaveLength(2);
    const days = axisLabels(html).map((label) => label.text);
    expect(days).toContain("d29");
    expect(days).toContain("d22");
    expect(days).not.toContain("d28");
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
      axisLabels(html)
        .filter((label) => label.top !== undefined)
        .map((label) => label.text);
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
