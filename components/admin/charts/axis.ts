/**
 * The axis text of the bar and area charts. Their viewBox is 360 units wide and the drawing scales
 * with its card: 286 px wide on a 360 px phone and in a 1024 px screen's half-width card, up to
 * 576 px (max-w-xl). One size in the drawing's units read 9.5 px on the phone and 19 px on a desktop,
 * so the size steps down as the chart's own width grows (a container query: ChartFrame's figure is the
 * container), and on screen it stays between about 11.5 and 14.5 px at any width from 320 px up.
 */
export const AXIS_TEXT_CLASS = "text-[15px] @xs:text-[13px] @sm:text-[11.5px] @md:text-[10px] @lg:text-[9px]";

/** The largest of those sizes, in the drawing's units: the one the margins leave room for. */
const AXIS_TEXT_MAX = 15;

/**
 * Labels of the horizontal axis that a narrow chart leaves out, so that its labels, larger there,
 * stay apart: below @lg, every second one of those shown (counted back from the last).
 */
export const NARROW_HIDDEN_CLASS = "@max-lg:hidden";

/**
 * The width of an axis label at its largest, in the drawing's units: a generous average glyph width
 * of the system fonts (digits are about 0.55-0.64 em), so the margins are made from the labels.
 */
export const labelWidth = (text: string) => text.length * 0.62 * AXIS_TEXT_MAX;

/** Room left of the plot for the value labels (right-aligned, 4 units from it) at their largest. */
export const valueGutter = (labels: readonly string[]) => Math.ceil(Math.max(0, ...labels.map(labelWidth))) + 8;

/**
 * Where a label of the horizontal axis sits under the plot: its baseline this far below the axis,
 * in em, so that the first one clears the value axis's "0" (centred on the axis line) at any size.
 */
export const X_LABEL_DY = "1.55em";

/** The room under the plot for those labels at their largest (1.55 em down, plus the descenders). */
export const X_LABEL_ROOM = Math.ceil(1.85 * AXIS_TEXT_MAX);
