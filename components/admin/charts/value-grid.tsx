/** The value axis of the bar and area charts: a grid line across the plot for each tick, its label left of it. */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
}: {
  ticks: readonly { value: number; text: string }[];
  /** Where a value sits, in the drawing's units. */
  y: (value: number) => number;
  /** The plot's left and right edges. */
  left: number;
  right: number;
}) {
  return ticks.map(({ value, text }) => (
    <g key={value} transform={`translate(0 ${y(value)})`}>
      <line x1={left} x2={right} className="stroke-border" />
      <text x={left - 4} dy="0.32em" textAnchor="end" className="fill-muted-foreground">
        {text}
      </text>
    </g>
  ));
}
