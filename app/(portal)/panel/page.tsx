import type { Metadata } from "next";
import Link from "next/link";
import { AccountStatusCard } from "@/components/portal/account-status-card";
import { MyQuotes } from "@/components/portal/my-quotes";
import { ActiveOrders } from "@/components/portal/active-orders";
import { PeriodEstimateCard } from "@/components/portal/period-estimate-card";
import { SuspendedBanner } from "@/components/portal/suspended-banner";
import { listActiveOrders } from "@/db/queries/orders";
import { getInvoiceSummary } from "@/db/queries/portal-summary";
import { requireCustomer } from "@/lib/auth/session";
import { currentPeriodEstimate } from "@/lib/orders/portal";

export const metadata: Metadata = { title: "Panel" };

export default async function PortalHomePage() {
  const user = await requireCustomer();
  const [{ customer, period, estimate }, activeOrders, invoices] = await Promise.all([
    currentPeriodEstimate({ customerId: user.customerId }),
    listActiveOrders({ customerId: user.customerId }),
    getInvoiceSummary({ customerId: user.customerId }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Müşteri paneli</h1>
          <p className="text-stone-700">{`Hoş geldiniz, ${user.name}. ${customer.companyName}`}</p>
        </div>
        {customer.status === "active" && (
          <Link
            href="/panel/siparisler#yeni-siparis"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Yeni sipariş
          </Link>
        )}
      </div>
      {customer.status === "suspended" && <SuspendedBanner />}
      <PeriodEstimateCard period={period} estimate={estimate} />
      <ActiveOrders orders={activeOrders} serviceType={customer.serviceType} />
      <AccountStatusCard status={customer.status} totalPaid={invoices.totalPaid} nextDue={invoices.nextDue} />
      <MyQuotes customerId={user.customerId} />
    </div>
  );
}
