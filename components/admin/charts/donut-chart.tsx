import { arc, pie, type PieArcDatum } from "d3-shape";
import { ChartFrame, describe } from "./chart-frame";
import { ChartLink, ChartLinkLayer } from "./chart-link";
import type { ChartDatum } from "./types";

const SIZE = 160;
const RADIUS = SIZE / 2;

/** One colour per slice, in order; the legend repeats each with its name and figure. */
const SLICE_CLASSES = [
  "fill-brand-600",
  "fill-sky-600",
  "fill-amber-500",
  "fill-violet-600",
  "fill-rose-600",
  "fill-stone-500",
] as const;
const SWATCH_CLASSES = ["bg-brand-600", "bg-sky-600", "bg-amber-500", "bg-violet-600", "bg-rose-600", "bg-stone-500"];

/**
 * Shares of a whole as a ring (d3-shape's pie and arc give the path data on the server), with a
 * legend that names every slice, its figure and share, and links to the list behind it, as each slice
 * does for the pointer (ChartLink).
 */
export function DonutChart({
  id,
  title,
  data,
  labelHeader,
  valueHeader,
  centerLabel,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  labelHeader?: string;
  valueHeader: string;
  /** Under the total in the ring: "müşteri". */
  centerLabel: string;
}) {
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const slices = pie<ChartDatum>()
    .sort(null)
    .value((datum) => datum.value)(data.filter((datum) => datum.value > 0) as ChartDatum[]);
  const path = arc<PieArcDatum<ChartDatum>>()
    .innerRadius(RADIUS * 0.58)
    .outerRadius(RADIUS - 2)
    .padAngle(slices.length > 1 ? 0.015 : 0);
  const description = describe(data);
  const viewBox = `${-RADIUS} ${-RADIUS} ${SIZE} ${SIZE}`;
  const share = (value: number) =>
    total === 0 ? "%0" : `%${((value / total) * 100).toLocaleString("tr-TR", { maximumFractionDigits: 1 })}`;
  return (
    <ChartFrame id={id} title={title} data={data} labelHeader={labelHeader} valueHeader={valueHeader}>
      {({ titleId, descId }) => (
        <div className="flex flex-col items-center gap-4 @sm:flex-row @sm:gap-6">
          <div className="relative size-40 shrink-0">
            <svg viewBox={viewBox} role="img" aria-labelledby={`${titleId} ${descId}`} className="block size-full">
              <title id={titleId}>{title}</title>
              <desc id={descId}>{description}</desc>
              {total === 0 ? (
                <circle r={RADIUS * 0.79} fill="none" strokeWidth={RADIUS * 0.42} className="stroke-muted" />
              ) : (
                slices.map((slice) => (
                  <path
                    key={slice.data.key}
                    d={path(slice) ?? undefined}
                    className={SLICE_CLASSES[data.indexOf(slice.data) % SLICE_CLASSES.length]}
                  />
                ))
              )}
              <text textAnchor="middle" dy="-0.1em" className="fill-foreground text-[22px] font-bold">
                {total.toLocaleString("tr-TR")}
              </text>
              <text textAnchor="middle" dy="1.3em" className="fill-muted-foreground text-[12px]">
                {centerLabel}
              </text>
            </svg>
            <ChartLinkLayer viewBox={viewBox}>
              {slices.map((slice) => (
                <ChartLink key={slice.data.key} datum={slice.data}>
                  <path d={path(slice) ?? undefined} className="chart-target-slice" />
                </ChartLink>
              ))}
            </ChartLinkLayer>
          </div>
          <ul className="flex w-full min-w-0 flex-1 flex-col gap-1.5 text-sm">
            {data.map((datum, index) => (
              <li key={datum.key}>
                <a href={datum.href} className="flex items-center gap-2 rounded-sm underline-offset-2 hover:underline">
                  <span
                    aria-hidden="true"
                    className={`size-3 shrink-0 rounded-sm ${SWATCH_CLASSES[index % SWATCH_CLASSES.length]}`}
                  />
                  <span className="min-w-0 flex-1 whitespace-nowrap">{datum.label}</span>
                  <span className="tabular-nums">{datum.valueText}</span>
                  <span className="w-14 text-right text-muted-foreground tabular-nums">{share(datum.value)}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </ChartFrame>
  );
}
