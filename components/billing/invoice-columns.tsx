import { INVOICE_STATUS_TONES } from "@/components/status/tones";
import type { Column } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { INVOICE_FIRST_DIRECTION } from "@/lib/billing/filters";
import { billingPeriodLabel } from "@/lib/billing/period";
import { invoiceStatus, type InvoiceStatus } from "@/lib/billing/status";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { formatKurus } from "@/lib/money";

/** What a list row shows (the list query's row). */
export type InvoiceListRow = {
  id: string;
  invoiceNumber: string | null;
  customerId: string;
  companyName: string;
  periodStart: Date;
  periodEnd: Date;
  total: number;
  status: InvoiceStatus;
  dueAt: Date | null;
  paidAt: Date | null;
};

/**
 * The invoice list's columns, for the portal (`basePath` /panel/faturalar) and operations (with the
 * customer column linking to the customer's page). The number links to the invoice; a draft, which
 * has none yet, reads "Taslak".
 */
export function invoiceColumns(options: { basePath: string; customerPath?: string }): Column<InvoiceListRow>[] {
  const columns: (Column<InvoiceListRow> | null)[] = [
    {
      key: "numara",
      header: "Fatura no",
      mobile: "title",
      sortable: true,
      firstDirection: INVOICE_FIRST_DIRECTION.numara,
      // On a phone's card the number sits beside the status: where it must wrap, it wraps between the
      // year and the sequence (CRD2026 / 000000001), never inside either.
      cell: (row) => (
        <a href={`${options.basePath}/${row.id}`} className="data-link font-mono max-sm:text-sm sm:whitespace-nowrap">
          {row.invoiceNumber ? <InvoiceNumber value={row.invoiceNumber} /> : "Taslak"}
        </a>
      ),
    },
    {
      key: "durum",
      header: "Durum",
      mobile: "status",
      cell: (row) => <StatusBadge status={row.status} labels={invoiceStatus.labels} tones={INVOICE_STATUS_TONES} />,
    },
    options.customerPath
      ? {
          key: "firma",
          header: "Müşteri",
          sortable: true,
          firstDirection: INVOICE_FIRST_DIRECTION.firma,
          cell: (row) => (
            <a href={`${options.customerPath}/${row.customerId}`} className="data-link">
              {row.companyName}
            </a>
          ),
        }
      : null,
    {
      key: "donem",
      header: "Dönem",
      sortable: true,
      firstDirection: INVOICE_FIRST_DIRECTION.donem,
      cell: (row) => billingPeriodLabel({ start: row.periodStart, end: row.periodEnd }),
    },
    {
      key: "tutar",
      header: "Toplam",
      align: "end",
      sortable: true,
      firstDirection: INVOICE_FIRST_DIRECTION.tutar,
      cell: (row) => formatKurus(row.total),
    },
    {
      key: "vade",
      header: "Son ödeme",
      sortable: true,
      firstDirection: INVOICE_FIRST_DIRECTION.vade,
      cell: (row) => (row.dueAt ? formatIstanbulDateTime(row.dueAt) : "-"),
    },
    options.customerPath
      ? {
          key: "odeme",
          header: "Ödeme tarihi",
          mobile: "hidden",
          cell: (row) => (row.paidAt ? formatIstanbulDate(row.paidAt) : "-"),
        }
      : null,
  ];
  return columns.filter((column) => column !== null);
}

/** CRD + year, then the sequence: the one place a number may break across lines. */
function InvoiceNumber({ value }: { value: string }) {
  return (
    <>
      {value.slice(0, 7)}
      <wbr />
      {value.slice(7)}
    </>
  );
}
