import { scaleLinear } from "d3-scale";

/**
 * The bar and area charts' plot: an SVG stretched to its box (preserveAspectRatio="none"), as wide
 * as its card and as high as the chart's own CSS height, so the drawing holds no text, which would be
 * stretched with it. Its labels are HTML beside it, at one size on screen whatever the chart's width
 * (a viewBox 360 units wide drew them at 10.3 px on a 320 px phone, and capped at 576 px so they did
 * not grow too large, the revenue chart filled only part of its full-width card at 1280 px).
 *
 * Positions are computed in the plot's own units below and written as percentages of its box, for the
 * drawing (through its viewBox) and the labels alike, so both land on the same spot at any size.
 */
export const PLOT_WIDTH = 1000;
export const PLOT_HEIGHT = 400;

/**
 * A coordinate in the plot's units as the SVG is written: to 0.01 of a unit, a hundredth of a pixel on
 * the widest card (scales return 17.241379310344772 and -5.684341886080802e-14, 18 characters each in
 * the HTML and again in the React payload, 30 days of 5 of them on the overview). d3-shape rounds its
 * paths to 3 digits for the same reason.
 */
export const plotUnits = (units: number) => Math.round(units * 100) / 100;

/** A position in the plot's units as a share of its box: `left` or `top` of a label. */
export const percentOf = (units: number, extent: number) => `${Number(((units / extent) * 100).toFixed(3))}%`;

/** The axis labels' size on screen: 12 px at any width. */
export const AXIS_TEXT_CLASS = "text-xs leading-none";

/**
 * Labels of the horizontal axis that a narrow chart leaves out, so that the others stay apart: below
 * @lg, every second one of those shown (counted back from the last).
 */
export const NARROW_HIDDEN_CLASS = "@max-lg:hidden";

/**
 * The value axis from 0 to the largest value: about 4 ticks, each whole units. At least 4 units high,
 * so an empty year reads ₺0 to ₺4, not ₺0 six times (kuruş rounded to lira), and a quiet month 0 to 4
 * packages, not 0,2 packages.
 */
export function valueAxis(
  values: readonly number[],
  { unit, tick }: { unit: number; tick: (value: number) => string },
) {
  const max = Math.max(4 * unit, ...values);
  const y = scaleLinear().domain([0, max]).nice(4).range([PLOT_HEIGHT, 0]);
  const ticks = y
    .ticks(4)
    .map((value) => ({ value, text: tick(value), y: plotUnits(y(value)), top: percentOf(y(value), PLOT_HEIGHT) }));
  return { y, ticks };
}

export type Tick = ReturnType<typeof valueAxis>["ticks"][number];

/** A label of the horizontal axis: where its centre sits (a share of the plot's width) and its classes. */
export type XLabel = { key: string; text: string; left: string; className?: string };
