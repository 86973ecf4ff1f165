import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";
import { ChartFrame, describe } from "./chart-frame";
import type { ChartDatum } from "./types";

const WIDTH = 360;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 14, bottom: 22, left: 40 };

/** A daily series as a filled line, drawn on the server with d3-scale and d3-shape (path data only). */
export function AreaChart({
  id,
  title,
  data,
  tick,
  labelHeader,
  valueHeader,
  labelEvery = 7,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  tick: (value: number) => string;
  labelHeader?: string;
  valueHeader: string;
  labelEvery?: number;
}) {
  const x = scalePoint()
    .domain(data.map((datum) => datum.key))
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const xOf = (datum: ChartDatum) => x(datum.key) ?? 0;
  const fill = area<ChartDatum>()
    .x(xOf)
    .y0(y(0))
    .y1((datum) => y(datum.value))(data);
  const stroke = line<ChartDatum>()
    .x(xOf)
    .y((datum) => y(datum.value))(data);
  const description = describe(data);
  // Counted back from the last day: "today" is always labelled, the point people look for.
  const labelled = (index: number) => (data.length - 1 - index) % labelEvery === 0;
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
          {fill && <path d={fill} className="fill-brand-100" />}
          {stroke && <path d={stroke} fill="none" strokeWidth={1.75} className="stroke-brand-700" />}
          {data.map((datum, index) =>
            labelled(index) ? (
              <text
                key={datum.key}
                x={xOf(datum)}
                y={HEIGHT - MARGIN.bottom + 14}
                textAnchor={index === data.length - 1 ? "end" : "middle"}
                className="fill-muted-foreground"
              >
                {datum.short}
              </text>
            ) : null,
          )}
        </svg>
      )}
    </ChartFrame>
  );
}
