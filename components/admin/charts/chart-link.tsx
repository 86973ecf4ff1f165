import type { ChartDatum } from "./types";

/**
 * The links of a drawing, for the pointer: a second SVG with the drawing's viewBox laid exactly over
 * it, holding a transparent target for each bar, day or slice (ChartLink).
 *
 * The drawing stays one image (role="img", named by its title and described by its figures), and an
 * image's content is not read: a link inside it would be a control a screen reader cannot reach
 * (axe's nested-interactive). So the links live outside the image, in this layer, hidden from
 * assistive technology (aria-hidden) and out of the tab order (tabIndex -1): they repeat links the
 * keyboard and screen readers already have, named and in order, in the data table under the chart
 * (ChartFrame). A group of named, tabbable links instead of the image would read 12 or 30 links on
 * top of the description and put as many tab stops before the table.
 */
export function ChartLinkLayer({
  viewBox,
  stretch = false,
  children,
}: {
  viewBox: string;
  /** Stretched as the drawing is (the bar and area charts' plot, axis.ts). */
  stretch?: boolean;
  children: React.ReactNode;
}) {
  return (
    <svg
      viewBox={viewBox}
      preserveAspectRatio={stretch ? "none" : undefined}
      aria-hidden="true"
      className="absolute inset-0 size-full"
    >
      {children}
    </svg>
  );
}

/**
 * A bar, a day or a slice as a link to the list behind it: the children are its target (a bar's
 * whole column, a day's strip, a slice: `chart-target`) and light up when it is hovered (it takes no
 * keyboard focus; the classes are in app/globals.css); its <title> names it and is the tooltip
 * ("Kasım 2026: ₺12.345,00").
 */
export function ChartLink({ datum, children }: { datum: ChartDatum; children: React.ReactNode }) {
  // A plain link, not the app's Link: up to 48 of these on the overview would each be a client
  // component to render on the server and hydrate in the browser. The overview's RouterLinks opens it
  // through the client-side router.
  return (
    <a href={datum.href} tabIndex={-1} className="chart-mark">
      <title>{`${datum.label}: ${datum.valueText}`}</title>
      {children}
    </a>
  );
}
