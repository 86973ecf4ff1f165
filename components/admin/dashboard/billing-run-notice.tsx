import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { ADMIN_INVOICES_PATH } from "@/lib/billing/filters";
import { billingPeriodLabel } from "@/lib/billing/period";
import type { BillingRunStatus } from "@/lib/billing/status";

type Run = { periodStart: Date; periodEnd: Date; status: BillingRunStatus; invoiceCount: number };

/**
 * The latest billing run on the overview while it is under way or when it stopped, so operations
 * notice a month that was not billed in full without opening the invoices page. Nothing otherwise.
 */
export function BillingRunNotice({ run }: { run: Run | null }) {
  if (!run || run.status === "completed") return null;
  const period = billingPeriodLabel({ start: run.periodStart, end: run.periodEnd });
  const count = run.invoiceCount.toLocaleString("tr-TR");
  const more = (
    <Link href={ADMIN_INVOICES_PATH} className="font-medium underline underline-offset-4">
      Son faturalandırmalar
    </Link>
  );
  if (run.status === "running") {
    return (
      <Alert tone="info" title={`${period} dönemi faturalandırılıyor`}>
        Şu ana kadar {count} fatura kesildi. Ayrıntılar: {more}.
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={`${period} döneminin faturalandırması yarıda kaldı`}>
      {count} fatura kesildi, sonra durdu. Faturalar sayfasından dönemi yeniden faturalandırın; faturası kesilmiş
      müşterilere yeniden fatura kesilmez. Nedeni: {more}.
    </Alert>
  );
}
