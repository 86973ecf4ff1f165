import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CustomerStatusBadge } from "@/components/admin/customer/customer-status-badge";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { query } from "@/db";
import { listEntityAuditEntries } from "@/db/queries/audit-log";
import { listRecentInvoices } from "@/db/queries/invoice-list";
import {
  getCustomerBalance,
  getCustomerDetail,
  getCustomerIntegration,
  listCustomerUsers,
} from "@/db/queries/customer-detail";
import { listCustomerEmails } from "@/db/queries/emails";
import { listRecentOrders } from "@/db/queries/orders";
import { listCustomerQuotes } from "@/db/queries/quotes";
import { isRowId } from "@/lib/row-id";
import { AUDIT_LOG_PATH, auditLogList } from "@/lib/audit-log/filters";
import { actionLabel } from "@/lib/audit-log/labels";
import { requireAdmin } from "@/lib/auth/session";
import { CUSTOMERS_PATH } from "@/lib/customers/filters";
import { formatIstanbulDateTime } from "@/lib/dates";
import { SUSPENSION_REASON_LABELS } from "@/lib/customers/status";
import { EMAIL_LOG_PATH, emailLogList } from "@/lib/email-log/filters";
import { formatKurus, kurusToInput } from "@/lib/money";
import { QUOTES_ADMIN_PATH } from "@/lib/dashboard/links";
import { ADMIN_ORDERS_PATH, adminNewOrderHref, adminOrderList } from "@/lib/orders/filters";
import { quoteList } from "@/lib/quotes/filters";
import { ContractPrice, ErasePersonalData, ServiceType, SuspensionAction } from "./customer-actions";
import {
  ContractCard,
  emailItem,
  IntegrationCard,
  invoiceItem,
  orderItem,
  ProfileCard,
  quoteItem,
  ShortList,
} from "./sections";

export const metadata: Metadata = { title: "Müşteri" };

const SHORT = 5;

/** Everything operations know about one customer, its latest activity, and what they may change. */
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id: customerId } = await params;
  if (!isRowId(customerId)) notFound();
  // All at once: the reads of a customer that does not exist find nothing and cost no more.
  const [customer, users, integration, balance, orders, invoices, emails, audit, quotes] = await Promise.all([
    query(getCustomerDetail, { customerId }),
    query(listCustomerUsers, { customerId }),
    query(getCustomerIntegration, { customerId }),
    query(getCustomerBalance, { customerId }),
    query(listRecentOrders, { customerId, limit: SHORT }),
    query(listRecentInvoices, { customerId, limit: SHORT }),
    query(listCustomerEmails, { customerId, limit: SHORT }),
    query(listEntityAuditEntries, { entityType: "customer", entityId: customerId, limit: SHORT, order: "newest" }),
    query(listCustomerQuotes, { customerId, limit: SHORT }),
  ]);
  if (!customer) notFound();
  const overdue =
    customer.suspensionReason === "non_payment" && balance.overdue.count > 0
      ? `${balance.overdue.count} fatura, ${formatKurus(balance.overdue.total)}`
      : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={customer.companyName || "Firma adı girilmemiş"}
        breadcrumbs={[{ href: CUSTOMERS_PATH, label: "Müşteriler" }]}
        description={<CustomerStatusBadge status={customer.status} />}
        actions={
          customer.status !== "inactive" && (
            <div className="flex flex-wrap items-center gap-2">
              {customer.status === "active" && (
                <Link href={adminNewOrderHref(customerId)} className={buttonVariants({ variant: "outline" })}>
                  Müşteri adına sipariş
                </Link>
              )}
              <SuspensionAction
                customerId={customerId}
                companyName={customer.companyName}
                suspended={customer.status === "suspended"}
                overdue={overdue}
              />
            </div>
          )
        }
      />
      {customer.status === "suspended" && (
        <Alert tone="error">
          {`Müşteri askıda: ${
            customer.suspensionNote ??
            (customer.suspensionReason
              ? SUSPENSION_REASON_LABELS[customer.suspensionReason].toLocaleLowerCase("tr")
              : "gerekçe yazılmamış")
          }.`}
        </Alert>
      )}
      {customer.erasedAt ? (
        <Alert tone="info">
          {`Kişisel veriler ${formatIstanbulDateTime(customer.erasedAt)} tarihinde silindi (KVKK). Siparişler ve faturalar yasal kayıt olarak saklanıyor.`}
        </Alert>
      ) : (
        customer.deletionRequestedAt && (
          <section aria-labelledby="silme-talebi" className="flex flex-col gap-3">
            <h2 id="silme-talebi" className="sr-only">
              Silme talebi
            </h2>
            <Alert tone="warning">
              {`KVKK silme talebi: ${customer.deletionRequestedBy ?? "müşterinin bir kullanıcısı"} ${formatIstanbulDateTime(customer.deletionRequestedAt)} tarihinde hesabın silinmesini istedi.`}
            </Alert>
            <ErasePersonalData customerId={customerId} companyName={customer.companyName} />
          </section>
        )
      )}
      {(balance.open.count > 0 || balance.overdue.count > 0) && (
        <p className="text-sm">
          {`Açık faturalar: ${balance.open.count} (${formatKurus(balance.open.total)}) · Gecikmiş: ${balance.overdue.count} (${formatKurus(balance.overdue.total)})`}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <ProfileCard customer={customer} />
        <ContractCard customer={customer}>
          <ContractPrice
            customerId={customerId}
            current={customer.contractUnitPrice === null ? "" : kurusToInput(customer.contractUnitPrice)}
          />
          <ServiceType
            customerId={customerId}
            current={customer.serviceType}
            price={customer.contractUnitPrice === null ? "" : formatKurus(customer.contractUnitPrice)}
          />
        </ContractCard>
        <ShortList
          id="kullanicilar"
          title="Kullanıcılar"
          empty="Kullanıcı yok."
          items={users.map((user) => ({
            key: user.id,
            title: user.name,
            detail: `${user.email} · son giriş ${user.lastLoginAt ? formatIstanbulDateTime(user.lastLoginAt) : "yok"}`,
            badge: user.disabled ? <span className="text-xs text-muted-foreground">Devre dışı</span> : undefined,
          }))}
        />
        <IntegrationCard integration={integration} />
        <ShortList
          id="siparisler"
          title="Son siparişler"
          empty="Henüz sipariş yok."
          items={orders.map(orderItem)}
          all={{
            href: adminOrderList.href(ADMIN_ORDERS_PATH, { customerId, page: 1 }),
            label: "Tümünü gör",
          }}
        />
        <ShortList
          id="faturalar"
          title="Son faturalar"
          empty="Henüz fatura yok."
          items={invoices.map(invoiceItem)}
          all={{ href: `/yonetim/faturalar?musteri=${customerId}`, label: "Tümünü gör" }}
        />
        <ShortList
          id="e-postalar"
          title="Son e-postalar"
          empty="Henüz e-posta yok."
          items={emails.map(emailItem)}
          all={{
            href: emailLogList.href(EMAIL_LOG_PATH, { recipient: customer.email.toLowerCase(), page: 1 }),
            label: "Tümünü gör",
          }}
        />
        <ShortList
          id="teklifler"
          title="Teklifler"
          empty="Bu müşteriye bağlı teklif yok."
          items={quotes.map(quoteItem)}
          all={{
            href: quoteList.href(QUOTES_ADMIN_PATH, { search: customer.companyName, page: 1 }),
            label: "Tümünü gör",
          }}
        />
        <ShortList
          id="denetim"
          title="Denetim kaydı"
          empty="Kayıt yok."
          items={audit.map((row) => ({
            key: row.id,
            title: actionLabel(row.action),
            detail: `${row.actorLabel} · ${formatIstanbulDateTime(row.createdAt)}`,
          }))}
          all={{
            href: auditLogList.href(AUDIT_LOG_PATH, { entityType: "customer", entityId: customerId, page: 1 }),
            label: "Tümünü gör",
          }}
        />
      </div>
    </div>
  );
}
