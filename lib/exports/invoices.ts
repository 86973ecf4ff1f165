/** The invoice list's `CSV indir`: the rows its filters choose, in its order, with Turkish headings and formats. */
import "server-only";
import { invoiceExport, type InvoiceExportRow } from "@/db/queries/invoice-list";
import { adminInvoiceList } from "@/lib/billing/filters";
import { invoiceStatus, type InvoiceStatus } from "@/lib/billing/status";
import { csvAmount, csvInteger } from "@/lib/csv";
import type { CsvList } from "./csv-route";

const PAYMENT_METHODS: Record<string, string> = { card: "Kart", bank_transfer: "Havale/EFT" };

export const invoicesCsv = {
  name: "faturalar",
  parse: adminInvoiceList.parse,
  source: (filters) => invoiceExport({ filters }),
  header: [
    "Fatura no",
    "ETTN",
    "Firma adı",
    "Vergi numarası",
    "Dönem başı",
    "Dönem sonu",
    "Paket",
    "Ara toplam (TL)",
    "KDV (TL)",
    "Toplam (TL)",
    "Durum",
    "Kesim",
    "Son ödeme",
    "Ödeme",
    "Ödeme yolu",
    "İptal",
  ],
  cells: (row: InvoiceExportRow) => [
    row.invoice_number,
    row.ettn,
    row.company_name,
    row.tax_id,
    row.period_start,
    row.period_end,
    csvInteger(row.package_count),
    csvAmount(row.subtotal),
    csvAmount(row.kdv),
    csvAmount(row.total),
    invoiceStatus.label(row.status as InvoiceStatus),
    row.issued_at,
    row.due_at,
    row.paid_at,
    row.payment_method ? (PAYMENT_METHODS[row.payment_method] ?? row.payment_method) : "",
    row.cancelled_at,
  ],
} satisfies CsvList<ReturnType<typeof adminInvoiceList.parse>, InvoiceExportRow>;
