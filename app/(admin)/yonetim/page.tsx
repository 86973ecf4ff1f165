import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { BillingRunNotices } from "@/components/admin/dashboard/billing-run-notice";
import { DashboardCharts } from "@/components/admin/dashboard/charts";
import { DashboardFigures } from "@/components/admin/dashboard/figures";
import { PageHeader } from "@/components/layout/page-header";
import { RouterLinks } from "@/components/ui/router-links";
import { query } from "@/db";
import { requireAdmin } from "@/lib/auth/session";
import { billingPeriodLabel } from "@/lib/billing/period";
import { readDashboard } from "@/lib/dashboard/figures";

export const metadata: Metadata = { title: "Özet" };

/**
 * Operations' overview: every figure from aggregate SQL, each a link to the list behind it (about 60
 * plain links in the cards and the charts' tables, opened through the router by RouterLinks).
 */
export default async function AdminHomePage() {
  const user = await requireAdmin();
  const now = new Date();
  const dashboard = await query(readDashboard, now);
  return (
    <RouterLinks className="flex flex-col gap-8">
      <PageHeader
        title="Yönetim paneli"
        description={
          <>
            Hoş geldiniz, {user.name}. Bu dönem: {billingPeriodLabel(dashboard.period)}. Şifrenizi ve oturumlarınızı{" "}
            <Link href="/yonetim/hesap" className="text-brand-700 underline">
              Hesabım
            </Link>{" "}
            sayfasından yönetebilirsiniz.
          </>
        }
      />
      <BillingRunNotices runs={dashboard.unfinishedRuns} now={now} />
      <DashboardFigures dashboard={dashboard} />
      <DashboardCharts dashboard={dashboard} />
    </RouterLinks>
  );
}
