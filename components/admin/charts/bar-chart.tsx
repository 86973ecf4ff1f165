import { scaleBand, scaleLinear } from "d3-scale";
import { ChartFrame, describe } from "./chart-frame";
import type { ChartDatum } from "./types";

const WIDTH = 360;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 6, bottom: 22, left: 54 };

/**
 * Vertical bars drawn on the server: d3-scale computes the positions, React writes plain SVG, no
 * script reaches the browser. The viewBox is a phone's width, so at 360 px the text is full size and
 * on a wide screen the drawing grows with its card (capped so it never towers).
 */
export function BarChart({
  id,
  title,
  data,
  tick,
  labelHeader,
  valueHeader,
  labelEvery = 1,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  /** An axis value as text: 150000 → "1,5 B". */
  tick: (value: number) => string;
  labelHeader?: string;
  valueHeader: string;
  /** Show every nth label on the horizontal axis (30 days do not fit one by one). */
  labelEvery?: number;
}) {
  const x = scaleBand()
    .domain(data.map((datum) => datum.key))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const description = describe(data);
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      data={data}
      labelHeader={labelHeader}
      valueHeader={valueHeader}
    >
      {({ titleId, descId }) => (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="h-auto w-full max-w-xl text-[12px]"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {y.ticks(4).map((value) => (
            <g key={value} transform={`translate(0 ${y(value)})`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} className="stroke-border" />
              <text x={MARGIN.left - 4} dy="0.32em" textAnchor="end" className="fill-muted-foreground">
                {tick(value)}
              </text>
            </g>
          ))}
          {data.map((datum, index) => {
            const left = x(datum.key) ?? 0;
            const top = y(datum.value);
            return (
              <g key={datum.key}>
                <rect
                  x={left}
                  y={top}
                  width={x.bandwidth()}
                  height={Math.max(0, HEIGHT - MARGIN.bottom - top)}
                  rx={1.5}
                  className="fill-brand-600"
                >
                  <title>{`${datum.label}: ${datum.valueText}`}</title>
                </rect>
                {index % labelEvery === 0 && (
                  <text
                    x={left + x.bandwidth() / 2}
                    y={HEIGHT - MARGIN.bottom + 14}
                    textAnchor="middle"
                    className="fill-muted-foreground"
                  >
                    {datum.short}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
