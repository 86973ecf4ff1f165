import { scaleBand } from "d3-scale";
import { NARROW_HIDDEN_CLASS, percentOf, plotUnits, PLOT_HEIGHT, PLOT_WIDTH, valueAxis } from "./axis";
import { ChartFrame, describe } from "./chart-frame";
import { ChartLink } from "./chart-link";
import { Plot } from "./plot";
import type { ChartDatum } from "./types";

/**
 * Vertical bars drawn on the server: d3-scale computes the positions, React writes plain SVG, no
 * script reaches the browser. The plot is as wide as its card and its labels keep one size on screen
 * at any width (axis.ts). Each bar's whole column is a link to the list behind it (ChartLink).
 */
export function BarChart({
  id,
  title,
  data,
  tick,
  labelHeader,
  valueHeader,
  labelEvery = 1,
  unit = 1,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  /** An axis value as text: 150000 → "1,5 B". */
  tick: (value: number) => string;
  labelHeader?: string;
  valueHeader: string;
  /** Label every nth bar on the horizontal axis, counted back from the last; a narrow chart every second of those. */
  labelEvery?: number;
  /** The smallest step between two ticks worth writing, a power of ten: 1 for a count, 100 for kuruş (₺1). */
  unit?: number;
}) {
  const { y, ticks } = valueAxis(
    data.map((datum) => datum.value),
    { unit, tick },
  );
  const x = scaleBand()
    .domain(data.map((datum) => datum.key))
    .range([0, PLOT_WIDTH])
    .padding(0.2);
  const fromLast = (index: number) => data.length - 1 - index;
  const xLabels = data.flatMap((datum, index) =>
    fromLast(index) % labelEvery === 0
      ? [
          {
            key: datum.key,
            text: datum.short,
            left: percentOf((x(datum.key) ?? 0) + x.bandwidth() / 2, PLOT_WIDTH),
            className: fromLast(index) % (labelEvery * 2) === 0 ? undefined : NARROW_HIDDEN_CLASS,
          },
        ]
      : [],
  );
  const description = describe(data);
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
          links={data.map((datum) => (
            <ChartLink key={datum.key} datum={datum}>
              {/* The bar's whole column, the gaps beside it included, is the target: a bar of 0 has one. */}
              <rect
                x={plotUnits((x(datum.key) ?? 0) - (x.step() - x.bandwidth()) / 2)}
                y={0}
                width={plotUnits(x.step())}
                height={PLOT_HEIGHT}
                className="chart-target"
              />
            </ChartLink>
          ))}
        >
          {data.map((datum) => {
            const top = plotUnits(y(datum.value));
            return (
              <rect
                key={datum.key}
                x={plotUnits(x(datum.key) ?? 0)}
                y={top}
                width={plotUnits(x.bandwidth())}
                height={plotUnits(Math.max(0, PLOT_HEIGHT - top))}
                className="fill-brand-600"
              />
            );
          })}
        </Plot>
      )}
    </ChartFrame>
  );
}
