import { formatCount } from "@/components/admin/format";
import { BILLING_RUN_STATUS_TONES } from "@/components/status/tones";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { ADMIN_INVOICES_PATH } from "@/lib/billing/filters";
import { billingPeriodLabel } from "@/lib/billing/period";
import { BILLING_RUN_LABELS, billingRunState, RUN_STALE_MINUTES, type BillingRunStatus } from "@/lib/billing/status";
import { formatIstanbulDateTime } from "@/lib/dates";

type Run = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  status: BillingRunStatus;
  invoiceCount: number;
  error: string | null;
  /** Null: not started by a user (the system). */
  startedBy: string | null;
  startedAt: Date;
  progressAt: Date;
  finishedAt: Date | null;
};

/** Where the runs are listed: the overview's notice links here. */
export const BILLING_RUNS_HREF = `${ADMIN_INVOICES_PATH}#faturalandirmalar`;

/** What a run that stopped had done: "12 fatura kesildikten sonra durdu." */
export function stoppedRunText(invoiceCount: number): string {
  return invoiceCount === 0
    ? "Fatura kesilmeden durdu."
    : `${formatCount(invoiceCount)} fatura kesildikten sonra durdu.`;
}

export const RUN_AGAIN_TEXT =
  "Dönemi yeniden faturalandırabilirsiniz; faturası kesilmiş müşterilere yeniden fatura kesilmez.";

function At({ label, at }: { label: string; at: Date }) {
  return (
    <span>
      {`${label} `}
      <time dateTime={at.toISOString()}>{formatIstanbulDateTime(at)}</time>
    </span>
  );
}

function Outcome({ run, stalled, latestOfPeriod }: { run: Run; stalled: boolean; latestOfPeriod: boolean }) {
  if (run.status === "completed") {
    return (
      <>
        {run.invoiceCount === 0 ? "Kesilecek yeni fatura yoktu." : `${formatCount(run.invoiceCount)} fatura kesildi.`}
      </>
    );
  }
  if (run.status === "running" && !stalled)
    return <>{`Şu ana kadar ${formatCount(run.invoiceCount)} fatura kesildi.`}</>;
  const reason = stalled
    ? `${RUN_STALE_MINUTES} dakikadır ilerlemiyor; işlem durmuş.`
    : run.error && `Neden: ${run.error}`;
  return (
    <>
      {stoppedRunText(run.invoiceCount)}
      {latestOfPeriod && ` ${RUN_AGAIN_TEXT}`}
      {reason && <span className="mt-1 block break-words text-destructive">{reason}</span>}
    </>
  );
}

/**
 * The latest by-hand billing runs (`Dönemi faturalandır`), newest first: the period, who started it,
 * its state and how many invoices it issued. A run that stopped says why, and whether its period is
 * still to be billed again (only the latest run of a period says so). The monthly run on the 15th
 * bills customer by customer through Inngest (its invoices are in the list above), or without Inngest
 * is a run of this list started by the server (lib/billing/run.ts billEndedPeriodWhenDue).
 */
export function BillingRuns({
  runs,
  now,
  perCustomer,
}: {
  runs: readonly Run[];
  now: Date;
  /** The monthly run goes customer by customer through Inngest, not as a run of this list. */
  perCustomer: boolean;
}) {
  const periodsSeen = new Set<number>();
  return (
    <Card aria-labelledby="faturalandirmalar">
      <CardHeader>
        <div className="flex flex-col gap-1">
          <CardTitle id="faturalandirmalar">Son faturalandırmalar</CardTitle>
          <CardDescription>
            {perCustomer
              ? "“Dönemi faturalandır” ile başlatılanlar. Her ayın 15'indeki otomatik faturalandırma müşteri başına ayrı işler; kestiği faturalar yukarıdaki listede görünür."
              : "“Dönemi faturalandır” ile başlatılanlar ve her ayın 15'inde saat 09:00'dan itibaren kendiliğinden başlayan aylık faturalandırma (Başlatan: Sistem)."}
          </CardDescription>
        </div>
      </CardHeader>
      {runs.length === 0 ? (
        <p className="text-sm text-muted-foreground">Henüz elle bir faturalandırma başlatılmadı.</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {runs.map((run) => {
            const state = billingRunState(run, now);
            const period = run.periodStart.getTime();
            const latestOfPeriod = !periodsSeen.has(period);
            periodsSeen.add(period);
            return (
              <li key={run.id} className="flex flex-col gap-1 px-4 py-3 text-sm" data-testid="faturalandirma">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {`${billingPeriodLabel({ start: run.periodStart, end: run.periodEnd })} dönemi`}
                  <StatusBadge status={state} labels={BILLING_RUN_LABELS} tones={BILLING_RUN_STATUS_TONES} />
                </p>
                <p>
                  <Outcome run={run} stalled={state === "stalled"} latestOfPeriod={latestOfPeriod} />
                </p>
                <p className="flex flex-wrap gap-x-3 text-muted-foreground">
                  <span>{`Başlatan: ${run.startedBy ?? "Sistem"}`}</span>
                  <At label="Başladı:" at={run.startedAt} />
                  {run.status === "completed" && run.finishedAt ? (
                    <At label="Bitti:" at={run.finishedAt} />
                  ) : (
                    <At label="Son ilerleme:" at={run.progressAt} />
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
