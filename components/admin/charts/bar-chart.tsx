import { scaleBand, scaleLinear } from "d3-scale";
import { AXIS_TEXT_CLASS, NARROW_HIDDEN_CLASS, valueGutter, X_LABEL_DY, X_LABEL_ROOM } from "./axis";
import { ChartFrame, describe } from "./chart-frame";
import { ValueGrid } from "./value-grid";
import { ChartLink, ChartLinkLayer } from "./chart-link";
import type { ChartDatum } from "./types";

const WIDTH = 360;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 6, bottom: X_LABEL_ROOM };

/**
 * Vertical bars drawn on the server: d3-scale computes the positions, React writes plain SVG, no
 * script reaches the browser. The drawing grows with its card (capped so it never towers) and its
 * axis text keeps a readable size on screen at any width (axis.ts). Each bar's whole column is a link
 * to the list behind it (ChartLink).
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
  // At least 4 units high, so the ticks (about 4) are whole units: an empty year reads ₺0 to ₺4, not
  // ₺0 six times (kuruş rounded to lira), a quiet month 0 to 4 packages, not 0,2 packages.
  const max = Math.max(4 * unit, ...data.map((datum) => datum.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4).map((value) => ({ value, text: tick(value) }));
  const left = valueGutter(ticks.map((item) => item.text));
  const x = scaleBand()
    .domain(data.map((datum) => datum.key))
    .range([left, WIDTH - MARGIN.right])
    .padding(0.2);
  const bottom = HEIGHT - MARGIN.bottom;
  const fromLast = (index: number) => data.length - 1 - index;
  const description = describe(data);
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
            <ValueGrid ticks={ticks} y={y} left={left} right={WIDTH - MARGIN.right} />
            {data.map((datum, index) => {
              const start = x(datum.key) ?? 0;
              const top = y(datum.value);
              return (
                <g key={datum.key}>
                  <rect
                    x={start}
                    y={top}
                    width={x.bandwidth()}
                    height={Math.max(0, bottom - top)}
                    rx={1.5}
                    className="fill-brand-600"
                  />
                  {fromLast(index) % labelEvery === 0 && (
                    <text
                      x={start + x.bandwidth() / 2}
                      y={bottom}
                      dy={X_LABEL_DY}
                      textAnchor="middle"
                      className={
                        fromLast(index) % (labelEvery * 2) === 0
                          ? "fill-muted-foreground"
                          : `fill-muted-foreground ${NARROW_HIDDEN_CLASS}`
                      }
                    >
                      {datum.short}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <ChartLinkLayer viewBox={viewBox}>
            {data.map((datum) => (
              <ChartLink key={datum.key} datum={datum}>
                {/* The bar's whole column, the gaps beside it included, is the target: a bar of 0 has one. */}
                <rect
                  x={(x(datum.key) ?? 0) - (x.step() - x.bandwidth()) / 2}
                  y={MARGIN.top}
                  width={x.step()}
                  height={bottom - MARGIN.top}
                  className="fill-transparent group-hover/mark:fill-brand-600/10"
                />
              </ChartLink>
            ))}
          </ChartLinkLayer>
        </div>
      )}
    </ChartFrame>
  );
}
