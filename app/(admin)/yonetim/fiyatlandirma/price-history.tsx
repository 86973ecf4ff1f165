import { CsvLink } from "@/components/admin/csv-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { BillingPeriod } from "@/lib/billing/period";
import { billingPeriodLabel } from "@/lib/billing/period";
import { formatIstanbulDate } from "@/lib/dates";
import { VERSION_STATE_LABELS, type VersionState } from "@/lib/pricing-admin/versions";

export type HistoryRow = {
  id: string;
  what: string;
  price: string;
  storage: string;
  effectiveFrom: Date;
  createdByName: string | null;
  state: VersionState;
  firstPeriod: BillingPeriod;
};

const TONES = { scheduled: "info", current: "success", past: "neutral" } as const;

const columns: Column<HistoryRow>[] = [
  { key: "kalem", header: "Kalem", mobile: "title", cell: (row) => row.what },
  {
    key: "durum",
    header: "Durum",
    mobile: "status",
    cell: (row) => <Badge tone={TONES[row.state]}>{VERSION_STATE_LABELS[row.state]}</Badge>,
  },
  { key: "yururluk", header: "Yürürlük", cell: (row) => formatIstanbulDate(row.effectiveFrom) },
  { key: "ilk-donem", header: "İlk faturalanan dönem", cell: (row) => billingPeriodLabel(row.firstPeriod) },
  { key: "fiyat", header: "Birim fiyat / ek ücret", align: "end", cell: (row) => row.price },
  { key: "depolama", header: "Aylık depolama", align: "end", cell: (row) => row.storage },
  { key: "giren", header: "Giren", mobile: "hidden", cell: (row) => row.createdByName ?? "Sistem" },
];

/** Every version of every tier and of the surcharge: planned, in effect and past. */
export function PriceHistory({ rows }: { rows: readonly HistoryRow[] }) {
  return (
    <Card aria-labelledby="gecmis">
      <CardTitle id="gecmis">Fiyat sürümleri</CardTitle>
      <DataTable
        caption="Fiyat sürümleri"
        noun="sürüm"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        list={{
          path: "/yonetim/fiyatlandirma",
          params: {},
          page: 1,
          pageCount: 1,
          total: rows.length,
          pageSize: rows.length,
          filtered: false,
        }}
        empty={{ title: "Henüz fiyat sürümü yok" }}
        actions={<CsvLink href="/yonetim/fiyatlandirma/csv" />}
      />
    </Card>
  );
}
