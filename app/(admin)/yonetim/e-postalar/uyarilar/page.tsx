import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { query } from "@/db";
import { listOpsAlertSettings } from "@/db/queries/ops-alerts";
import { requireAdmin } from "@/lib/auth/session";
import { EMAIL_LOG_PATH } from "@/lib/email-log/filters";
import { env } from "@/lib/env";
import { switchesOf } from "@/lib/ops-alert-settings";
import { OpsAlertsForm } from "./ops-alerts-form";

export const metadata: Metadata = { title: "Operasyon uyarıları" };

export default async function OpsAlertsPage() {
  await requireAdmin();
  const switches = switchesOf(await query(listOpsAlertSettings, {}));
  const opsEmail = env().OPS_EMAIL;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="Operasyon uyarıları"
        breadcrumbs={[{ href: EMAIL_LOG_PATH, label: "E-postalar" }]}
        description="Operasyon ekibinin hemen bilmesi gereken durumlarda gönderilen e-postalar. Her uyarı, değişiklikle aynı anda kaydedilir ve E-postalar listesinde görünür."
      />
      {opsEmail ? (
        <Alert tone="info">
          Uyarılar <strong className="break-all">{opsEmail}</strong> adresine gönderilir.
        </Alert>
      ) : (
        <Alert tone="warning" title="Uyarılar kapalı">
          Uyarıların gideceği adres tanımlı olmadığı için hiçbir uyarı gönderilmez. Sunucu ayarlarına operasyon ekibinin
          adresini (OPS_EMAIL) ekleyin.
        </Alert>
      )}
      <div className="rounded-lg border border-border bg-card p-4 sm:p-6">
        <OpsAlertsForm switches={switches} />
      </div>
    </div>
  );
}
