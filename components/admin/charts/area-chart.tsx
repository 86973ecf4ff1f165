import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";
import { AXIS_TEXT_CLASS, labelWidth, valueGutter, X_LABEL_DY, X_LABEL_ROOM } from "./axis";
import { ChartFrame, describe } from "./chart-frame";
import { ValueGrid } from "./value-grid";
import { ChartLink, ChartLinkLayer } from "./chart-link";
import type { ChartDatum } from "./types";

const WIDTH = 360;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 14, bottom: X_LABEL_ROOM };

/**
 * A daily series as a filled line, drawn on the server with d3-scale and d3-shape (path data only).
 * Each day's strip of the plot is a link to the list behind it (ChartLink), marked on hover.
 */
export function AreaChart({
  id,
  title,
  data,
  tick,
  labelHeader,
  valueHeader,
  labelEvery = 7,
  unit = 1,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  tick: (value: number) => string;
  labelHeader?: string;
  valueHeader: string;
  labelEvery?: number;
  /** The smallest step between two ticks worth writing, a power of ten: 1 for a count, 100 for kuruş (₺1). */
  unit?: number;
}) {
  // At least 4 units high, so the ticks (about 4) are whole units: an empty year reads ₺0 to ₺4, not
  // ₺0 six times (kuruş rounded to lira), a quiet month 0 to 4 packages, not 0,2 packages.
  const max = Math.max(4 * unit, ...data.map((datum) => datum.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4).map((value) => ({ value, text: tick(value) }));
  const left = valueGutter(ticks.map((item) => item.text));
  // The last day's label is centred on it like the others: the plot ends where half of it fits.
  const right = Math.max(MARGIN.right, Math.ceil(labelWidth(data.at(-1)?.short ?? "") / 2));
  const x = scalePoint()
    .domain(data.map((datum) => datum.key))
    .range([left, WIDTH - right]);
  const bottom = HEIGHT - MARGIN.bottom;
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
  const strip = x.step();
  const viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
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
        <div className="relative w-full max-w-xl">
          <svg
            viewBox={viewBox}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            className={`block h-auto w-full ${AXIS_TEXT_CLASS}`}
          >
            <title id={titleId}>{title}</title>
            <desc id={descId}>{description}</desc>
            <ValueGrid ticks={ticks} y={y} left={left} right={WIDTH - right} />
            {fill && <path d={fill} className="fill-brand-100" />}
            {stroke && <path d={stroke} fill="none" strokeWidth={1.75} className="stroke-brand-700" />}
            {data.map((datum, index) =>
              labelled(index) ? (
                <text
                  key={datum.key}
                  x={xOf(datum)}
                  y={bottom}
                  dy={X_LABEL_DY}
                  textAnchor="middle"
                  className="fill-muted-foreground"
                >
                  {datum.short}
                </text>
              ) : null,
            )}
          </svg>
          <ChartLinkLayer viewBox={viewBox}>
            {data.map((datum) => {
              // The day's strip of the plot, half a day either side of its point, is the target.
              const from = Math.max(left, xOf(datum) - strip / 2);
              const to = Math.min(WIDTH - right, xOf(datum) + strip / 2);
              return (
                <ChartLink key={datum.key} datum={datum}>
                  <rect
                    x={from}
                    y={MARGIN.top}
                    width={to - from}
                    height={bottom - MARGIN.top}
                    className="fill-transparent group-hover/mark:fill-brand-600/10"
                  />
                  <circle
                    cx={xOf(datum)}
                    cy={y(datum.value)}
                    r={3}
                    className="fill-brand-700 opacity-0 group-hover/mark:opacity-100"
                  />
                </ChartLink>
              );
            })}
          </ChartLinkLayer>
        </div>
      )}
    </ChartFrame>
  );
}
