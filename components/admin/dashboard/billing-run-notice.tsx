import { formatCount } from "@/components/admin/format";
import { BILLING_RUNS_HREF, RUN_AGAIN_TEXT, stoppedRunText } from "@/components/billing/billing-runs";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { billingPeriodLabel } from "@/lib/billing/period";
import { billingRunState, type BillingRunStatus } from "@/lib/billing/status";

type Run = { periodStart: Date; periodEnd: Date; status: BillingRunStatus; invoiceCount: number; progressAt: Date };

/**
 * On the overview, each period whose latest by-hand billing run did not complete: under way, or
 * stopped (failed, or no longer moving on), so operations notice a period billed only in part without
 * opening the invoices page. Nothing when every run completed.
 */
export function BillingRunNotices({ runs, now }: { runs: readonly Run[]; now: Date }) {
  if (runs.length === 0) return null;
  const more = (
    <Link href={BILLING_RUNS_HREF} className="font-medium underline underline-offset-4">
      Son faturalandırmalar
    </Link>
  );
  return (
    <div className="flex flex-col gap-3">
      {runs.map((run) => {
        const period = billingPeriodLabel({ start: run.periodStart, end: run.periodEnd });
        const key = run.periodStart.toISOString();
        if (billingRunState(run, now) === "running") {
          return (
            <Alert key={key} tone="info" title={`${period} dönemi faturalandırılıyor`}>
              Şu ana kadar {formatCount(run.invoiceCount)} fatura kesildi. Ayrıntılar: {more}.
            </Alert>
          );
        }
        return (
          <Alert key={key} tone="warning" title={`${period} döneminin faturalandırması yarıda kaldı`}>
            {`${stoppedRunText(run.invoiceCount)} ${RUN_AGAIN_TEXT}`} Nedenini {more} bölümünde görebilirsiniz.
          </Alert>
        );
      })}
    </div>
  );
}
