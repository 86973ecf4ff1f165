import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStatusCard } from "@/components/portal/account-status-card";
import { ActiveOrders } from "@/components/portal/active-orders";
import { InvoiceAddressNotice } from "@/components/portal/invoice-address-notice";
import { MyQuotes } from "@/components/portal/my-quotes";
import { PeriodEstimateCard } from "@/components/portal/period-estimate-card";
import { SuspendedBanner } from "@/components/portal/suspended-banner";
import { buttonVariants } from "@/components/ui/button";
import { query } from "@/db";
import { listActiveOrders } from "@/db/queries/orders";
import { getInvoiceSummary, getPeriodEstimate } from "@/db/queries/portal-summary";
import { listCustomerQuotes } from "@/db/queries/quotes";
import { requireCustomer } from "@/lib/auth/session";
import { hasInvoiceAddress } from "@/lib/customers/invoice-address";

export const metadata: Metadata = { title: "Panel" };

export default async function PortalHomePage() {
  const user = await requireCustomer();
  const own = { customerId: user.customerId };
  const [current, activeOrders, invoices, quotes] = await Promise.all([
    query(getPeriodEstimate, own),
    query(listActiveOrders, own),
    query(getInvoiceSummary, own),
    query(listCustomerQuotes, { ...own, limit: 5 }),
  ]);
  if (!current) notFound();
  const { customer, period, estimate } = current;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Müşteri paneli"
        description={`Hoş geldiniz, ${user.name}. ${customer.companyName}`}
        actions={
          customer.status === "active" && (
            <Link href="/panel/siparisler#yeni-siparis" className={buttonVariants()}>
              Yeni sipariş
            </Link>
          )
        }
      />
      {customer.status === "suspended" && (
        <SuspendedBanner reason={customer.suspensionReason} owes={invoices.nextDue !== null} />
      )}
      {!hasInvoiceAddress(customer) && <InvoiceAddressNotice />}
      <PeriodEstimateCard period={period} estimate={estimate} />
      <ActiveOrders orders={activeOrders} serviceType={customer.serviceType} now={new Date()} />
      <AccountStatusCard status={customer.status} totalPaid={invoices.totalPaid} nextDue={invoices.nextDue} />
      <MyQuotes quotes={quotes} />
    </div>
  );
}
