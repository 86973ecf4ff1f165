import { BILLING_RUN_STATUS_TONES } from "@/components/status/tones";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { billingPeriodLabel } from "@/lib/billing/period";
import { BILLING_RUN_LABELS, type BillingRunStatus } from "@/lib/billing/status";
import { formatIstanbulDateTime } from "@/lib/dates";

type Run = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  status: BillingRunStatus;
  invoiceCount: number;
  error: string | null;
  /** Null: the monthly schedule. */
  startedBy: string | null;
  startedAt: Date;
  progressAt: Date;
  finishedAt: Date | null;
};

const count = (n: number) => n.toLocaleString("tr-TR");

function At({ label, at }: { label: string; at: Date }) {
  return (
    <span>
      {`${label} `}
      <time dateTime={at.toISOString()}>{formatIstanbulDateTime(at)}</time>
    </span>
  );
}

function Outcome({ run }: { run: Run }) {
  if (run.status === "running") return <>{`Şu ana kadar ${count(run.invoiceCount)} fatura kesildi.`}</>;
  if (run.status === "completed") return <>{`${count(run.invoiceCount)} fatura kesildi.`}</>;
  return (
    <>
      {`${count(run.invoiceCount)} fatura kesildi, sonra durdu. Dönemi yeniden faturalandırabilirsiniz: faturası kesilmiş müşterilere yeniden fatura kesilmez.`}
      {run.error && <span className="mt-1 block break-words text-destructive">{`Neden: ${run.error}`}</span>}
    </>
  );
}

/**
 * The latest billing runs, newest first: the monthly one and those started with `Dönemi faturalandır`,
 * each with its period, who started it, its state and how many invoices it issued. A run that stopped
 * says why, so operations see a failed month without opening the logs.
 */
export function BillingRuns({ runs }: { runs: readonly Run[] }) {
  return (
    <Card aria-labelledby="faturalandirmalar">
      <CardHeader>
        <div className="flex flex-col gap-1">
          <CardTitle id="faturalandirmalar">Son faturalandırmalar</CardTitle>
          <CardDescription>
            Her ayın 15&apos;inde saat 09.00&apos;da kendiliğinden çalışır; elle başlatılanlar da burada görünür.
          </CardDescription>
        </div>
      </CardHeader>
      {runs.length === 0 ? (
        <p className="text-sm text-muted-foreground">Henüz bir dönem faturalandırılmadı.</p>
      ) : (
        <ul aria-label="Son faturalandırmalar" className="divide-y divide-border rounded-lg border border-border">
          {runs.map((run) => (
            <li key={run.id} className="flex flex-col gap-1 px-4 py-3 text-sm" data-testid="faturalandirma">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {`${billingPeriodLabel({ start: run.periodStart, end: run.periodEnd })} dönemi`}
                <StatusBadge status={run.status} labels={BILLING_RUN_LABELS} tones={BILLING_RUN_STATUS_TONES} />
              </p>
              <p>
                <Outcome run={run} />
              </p>
              <p className="flex flex-wrap gap-x-3 text-muted-foreground">
                <span>{`Başlatan: ${run.startedBy ?? "Otomatik (aylık)"}`}</span>
                <At label="Başladı:" at={run.startedAt} />
                {run.status === "running" ? (
                  <At label="Son ilerleme:" at={run.progressAt} />
                ) : (
                  run.finishedAt && <At label="Bitti:" at={run.finishedAt} />
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
