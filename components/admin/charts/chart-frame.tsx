import type { ChartDatum } from "./types";

/**
 * What every chart carries besides its drawing: the SVG is one image named by its title and
 * described by its figures (screen readers read it as one sentence), and the same figures sit in a
 * table under a disclosure, each linking to the list behind it: the keyboard's and screen readers' way
 * into the chart (its bars and slices link there too, for the pointer only: ChartLink). The figure is
 * a size container: the plot's height and which labels it shows follow its width (axis.ts).
 */
export function ChartFrame({
  id,
  title,
  data,
  labelHeader = "Dönem",
  valueHeader,
  children,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  /** The first column's heading in the table: "Ay", "Gün", "Kademe". */
  labelHeader?: string;
  /** The value column's heading in the table: "Gelir (KDV hariç)". */
  valueHeader: string;
  children: (labels: { titleId: string; descId: string }) => React.ReactNode;
}) {
  const titleId = `${id}-baslik`;
  const descId = `${id}-aciklama`;
  return (
    <figure className="@container flex min-w-0 flex-col gap-3">
      <figcaption className="text-base font-semibold" id={`${id}-ad`}>
        {title}
      </figcaption>
      {children({ titleId, descId })}
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded-sm text-muted-foreground hover:text-foreground">
          Verileri tablo olarak göster
        </summary>
        <div className="mt-2 max-h-72 overflow-y-auto rounded-md border border-border">
          <table className="chart-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col">{valueHeader}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((datum) => (
                <tr key={datum.key}>
                  <th scope="row">
                    <a href={datum.href}>{datum.label}</a>
                  </th>
                  <td>{datum.valueText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** The figures as one sentence, for the SVG's <desc>. */
export function describe(data: readonly ChartDatum[]): string {
  return data.map((datum) => `${datum.label}: ${datum.valueText}`).join("; ");
}
