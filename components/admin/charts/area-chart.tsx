import { scalePoint } from "d3-scale";
import { area, line } from "d3-shape";
import { percentOf, plotUnits, PLOT_HEIGHT, PLOT_WIDTH, valueAxis } from "./axis";
import { ChartFrame, describe } from "./chart-frame";
import { ChartLink } from "./chart-link";
import { Plot } from "./plot";
import type { ChartDatum } from "./types";

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
  const { y, ticks } = valueAxis(
    data.map((datum) => datum.value),
    { unit, tick },
  );
  const x = scalePoint()
    .domain(data.map((datum) => datum.key))
    .range([0, PLOT_WIDTH]);
  const xOf = (datum: ChartDatum) => x(datum.key) ?? 0;
  const fill = area<ChartDatum>()
    .x(xOf)
    .y0(PLOT_HEIGHT)
    .y1((datum) => y(datum.value))(data);
  const stroke = line<ChartDatum>()
    .x(xOf)
    .y((datum) => y(datum.value))(data);
  const description = describe(data);
  // Counted back from the last day: "today" is always labelled, the point people look for.
  const xLabels = data.flatMap((datum, index) =>
    (data.length - 1 - index) % labelEvery === 0
      ? [{ key: datum.key, text: datum.short, left: percentOf(xOf(datum), PLOT_WIDTH) }]
      : [],
  );
  const strip = x.step();
  return (
    <ChartFrame id={id} title={title} data={data} labelHeader={labelHeader} valueHeader={valueHeader}>
      {({ titleId, descId }) => (
        <Plot
          title={title}
          description={description}
          titleId={titleId}
          descId={descId}
          ticks={ticks}
          xLabels={xLabels}
          // The last day's label is centred on the plot's right edge.
          endRoom={data.at(-1)?.short.length ?? 0}
          links={data.map((datum) => {
            // The day's strip of the plot, half a day either side of its point, is the target.
            const from = Math.max(0, xOf(datum) - strip / 2);
            const to = Math.min(PLOT_WIDTH, xOf(datum) + strip / 2);
            const [pointX, pointY] = [plotUnits(xOf(datum)), plotUnits(y(datum.value))];
            return (
              <ChartLink key={datum.key} datum={datum}>
                <rect
                  x={plotUnits(from)}
                  y={0}
                  width={plotUnits(to - from)}
                  height={PLOT_HEIGHT}
                  className="chart-target"
                />
                {/* The day's point: a round cap of no length, drawn on screen, so no stretch makes it oval. */}
                <line x1={pointX} x2={pointX} y1={pointY} y2={pointY} className="chart-point" />
              </ChartLink>
            );
          })}
        >
          {fill && <path d={fill} className="fill-brand-100" />}
          {stroke && (
            <path
              d={stroke}
              fill="none"
              strokeWidth={1.75}
              vectorEffect="non-scaling-stroke"
              className="stroke-brand-700"
            />
          )}
        </Plot>
      )}
    </ChartFrame>
  );
}
