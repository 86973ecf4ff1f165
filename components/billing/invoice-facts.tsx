import { INVOICE_STATUS_TONES } from "@/components/status/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { billingPeriodLabel } from "@/lib/billing/period";
import { invoiceStatus, type InvoiceStatus } from "@/lib/billing/status";
import { formatIstanbulDateTime } from "@/lib/dates";
import { timeLeft } from "./time-left";

type Facts = {
  status: InvoiceStatus;
  periodStart: Date;
  periodEnd: Date;
  packageCount: number;
  issuedAt: Date | null;
  dueAt: Date | null;
  paidAt: Date | null;
  cancelledAt: Date | null;
};

const OPEN: readonly InvoiceStatus[] = ["sent", "overdue"];

/** An invoice's status, period and dates; for an open one, the time left to pay. */
export function InvoiceFacts({ invoice, now }: { invoice: Facts; now: Date }) {
  const open = OPEN.includes(invoice.status);
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
      <Fact label="Durum">
        <StatusBadge status={invoice.status} labels={invoiceStatus.labels} tones={INVOICE_STATUS_TONES} />
      </Fact>
      <Fact label="Dönem">{billingPeriodLabel({ start: invoice.periodStart, end: invoice.periodEnd })}</Fact>
      <Fact label="Paket adedi">{invoice.packageCount.toLocaleString("tr-TR")}</Fact>
      {invoice.issuedAt && <Fact label="Kesim tarihi">{formatIstanbulDateTime(invoice.issuedAt)}</Fact>}
      {invoice.dueAt && (
        <Fact label="Son ödeme">
          <span>{formatIstanbulDateTime(invoice.dueAt)}</span>
          {open && (
            <span
              data-testid="kalan-sure"
              className={`ml-2 font-semibold ${invoice.dueAt.getTime() <= now.getTime() ? "text-destructive" : "text-amber-800"}`}
            >
              {`(${timeLeft(invoice.dueAt, now)})`}
            </span>
          )}
        </Fact>
      )}
      {invoice.paidAt && <Fact label="Ödeme tarihi">{formatIstanbulDateTime(invoice.paidAt)}</Fact>}
      {invoice.cancelledAt && <Fact label="İptal tarihi">{formatIstanbulDateTime(invoice.cancelledAt)}</Fact>}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
