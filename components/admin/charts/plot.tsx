import { AXIS_TEXT_CLASS, PLOT_HEIGHT, PLOT_WIDTH, type Tick, type XLabel } from "./axis";
import { ChartLinkLayer } from "./chart-link";

const VIEW_BOX = `0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`;

/**
 * The bar and area charts' body: the value labels left of the plot (as wide as the widest), the plot
 * (the drawing, named and described, and its links for the pointer over it), the horizontal labels
 * under it. The labels repeat what the drawing's description and the table say: hidden from
 * assistive technology, which reads those. Its height steps up with the chart's width (the figure is
 * a size container), its width is the card's.
 */
export function Plot({
  title,
  description,
  titleId,
  descId,
  ticks,
  xLabels,
  endRoom = 0,
  links,
  children,
}: {
  title: string;
  description: string;
  titleId: string;
  descId: string;
  /** The value axis (valueAxis): each tick's text and height. */
  ticks: readonly Tick[];
  xLabels: readonly XLabel[];
  /** Room right of the plot, in characters, for a label centred on its last point. */
  endRoom?: number;
  /** The targets of ChartLinkLayer, in the plot's units. */
  links: React.ReactNode;
  /** The drawing, in the plot's units (PLOT_WIDTH × PLOT_HEIGHT). */
  children: React.ReactNode;
}) {
  return (
    <div
      className={`grid w-full grid-cols-[auto_minmax(0,1fr)] gap-x-2 pt-2 text-muted-foreground tabular-nums ${AXIS_TEXT_CLASS}`}
      style={endRoom > 0 ? { paddingRight: `${(endRoom * 0.62) / 2}em` } : undefined}
    >
      <div aria-hidden="true" className="relative">
        {/* The labels once more, unseen and of no height: they give the column its widest label's width. */}
        <div className="invisible h-0 overflow-hidden whitespace-nowrap">
          {ticks.map((tick) => (
            <div key={tick.value}>{tick.text}</div>
          ))}
        </div>
        {ticks.map((tick) => (
          <span
            key={tick.value}
            data-axis-label=""
            className="absolute right-0 -translate-y-1/2 whitespace-nowrap"
            style={{ top: tick.top }}
          >
            {tick.text}
          </span>
        ))}
      </div>
      <div className="relative h-36 @md:h-44 @2xl:h-56">
        <svg
          viewBox={VIEW_BOX}
          preserveAspectRatio="none"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="absolute inset-0 size-full overflow-visible"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {ticks.map((tick) => (
            <line
              key={tick.value}
              x1={0}
              x2={PLOT_WIDTH}
              y1={tick.y}
              y2={tick.y}
              vectorEffect="non-scaling-stroke"
              className="stroke-border"
            />
          ))}
          {children}
        </svg>
        <ChartLinkLayer viewBox={VIEW_BOX} stretch>
          {links}
        </ChartLinkLayer>
      </div>
      <div />
      {/* Under the value axis's "0" (centred on the plot's bottom edge), never beside it. */}
      <div aria-hidden="true" className="relative h-6">
        {xLabels.map((label) => (
          <span
            key={label.key}
            data-axis-label=""
            className={`absolute top-2 -translate-x-1/2 whitespace-nowrap ${label.className ?? ""}`}
            style={{ left: label.left }}
          >
            {label.text}
          </span>
        ))}
      </div>
    </div>
  );
}
