import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/dashboard/figures";
import { formatKurus } from "@/lib/money";
import { AreaChart } from "../charts/area-chart";
import { BarChart } from "../charts/bar-chart";
import { DonutChart } from "../charts/donut-chart";
import {
  compactCount,
  compactLira,
  dayLabel,
  dayShortLabel,
  formatCount,
  monthLabel,
  monthShortLabel,
} from "../format";

/** The three charts of `/yonetim`, each an SVG drawn here with its figures as a table beside it. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const revenue = dashboard.revenueByMonth.map((month) => ({
    key: month.month,
    label: monthLabel(month.month),
    short: monthShortLabel(month.month),
    value: month.net,
    valueText: formatKurus(month.net),
    href: month.href,
  }));
  const packages = dashboard.packagesByDay.map((day) => ({
    key: day.day,
    label: dayLabel(day.day),
    short: dayShortLabel(day.day),
    value: day.packages,
    valueText: `${formatCount(day.packages)} paket`,
    href: day.href,
  }));
  const tiers = dashboard.tierMix.map((tier) => ({
    key: tier.range,
    label: `${tier.range} paket`,
    short: tier.range,
    value: tier.value,
    valueText: formatCount(tier.value),
    href: tier.href,
  }));
  return (
    <section aria-labelledby="grafikler" className="flex flex-col gap-3">
      <h2 id="grafikler" className="text-lg font-semibold">
        Grafikler
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="lg:col-span-2">
          <BarChart
            id="gelir-grafigi"
            title="Aylık gelir, son 12 ay (ödenen faturalar, KDV hariç)"
            data={revenue}
            tick={compactLira}
            unit={100}
            labelHeader="Ay"
            valueHeader="Gelir (KDV hariç)"
          />
        </Card>
        <Card>
          <AreaChart
            id="paket-grafigi"
            title="Günlük paketler, son 30 gün"
            data={packages}
            tick={compactCount}
            labelHeader="Gün"
            valueHeader="Paket"
          />
        </Card>
        <Card>
          <DonutChart
            id="kademe-grafigi"
            title="Etkin müşterilerin bu dönemki kademeleri"
            data={tiers}
            labelHeader="Kademe"
            valueHeader="Müşteri"
            centerLabel="etkin müşteri"
          />
        </Card>
      </div>
    </section>
  );
}
