/** One point of a chart: what it is (label), how an axis may shorten it, its value and where it leads. */
export type ChartDatum = {
  key: string;
  /** Full name, for the data table and the description: "Kasım 2026". */
  label: string;
  /** On the axis: "Kas". */
  short: string;
  value: number;
  /** The value as people read it: "₺1.234,56", "1.204 paket". */
  valueText: string;
  /** The filtered list behind the value. */
  href: string;
};
