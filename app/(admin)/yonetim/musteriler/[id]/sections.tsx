import { formatCount } from "@/components/admin/format";
import { Facts, ShortList } from "@/components/admin/short-list";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import {
  EMAIL_STATUS_TONES,
  INTEGRATION_STATUS_TONES,
  INVOICE_STATUS_TONES,
  QUOTE_STATUS_TONES,
} from "@/components/status/tones";
import { Card, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CustomerDetail } from "@/db/queries/customer-detail";
import { billingPeriodLabel } from "@/lib/billing/period";
import { invoiceStatus } from "@/lib/billing/status";
import { hasInvoiceAddress } from "@/lib/customers/invoice-address";
import { SUSPENSION_REASON_LABELS } from "@/lib/customers/status";
import { formatIstanbulDate, formatIstanbulDateTime } from "@/lib/dates";
import { EMAIL_STATUS_LABELS, type EmailStatus } from "@/lib/email-log/filters";
import { formatKurus } from "@/lib/money";
import { INTEGRATION_STATUS_LABELS } from "@/lib/onboarding/choices";
import { PLATFORM_LABELS, SERVICE_TYPE_LABELS } from "@/lib/onboarding/schemas";
import type { OrderStatus } from "@/lib/orders/status";
import { quoteStatus, type QuoteStatus } from "@/lib/quotes/status";

const dash = "—";
const when = (date: Date | null) => (date ? formatIstanbulDateTime(date) : dash);

export function ProfileCard({ customer }: { customer: CustomerDetail }) {
  return (
    <Card aria-labelledby="profil">
      <CardTitle id="profil">Profil</CardTitle>
      <Facts
        items={[
          { label: "Vergi numarası", value: <span className="tabular-nums">{customer.taxId}</span> },
          { label: "Yetkili kişi", value: customer.contactName },
          { label: "E-posta", value: <a href={`mailto:${customer.email}`}>{customer.email}</a> },
          { label: "Telefon", value: customer.phone ? <a href={`tel:${customer.phone}`}>{customer.phone}</a> : dash },
          {
            label: "Adres",
            value: hasInvoiceAddress(customer) ? (
              [customer.address, customer.city].filter(Boolean).join(", ")
            ) : (
              <span className="font-medium text-amber-800">Fatura adresi eksik: faturalar adressiz kesilir</span>
            ),
          },
          { label: "Kayıt tarihi", value: formatIstanbulDate(customer.createdAt) },
          ...(customer.status === "suspended"
            ? [
                {
                  label: "Askıya alınma",
                  value: `${customer.suspensionReason ? SUSPENSION_REASON_LABELS[customer.suspensionReason] : ""}, ${when(customer.suspendedAt)}`,
                },
                { label: "Gerekçe", value: customer.suspensionNote ?? dash },
              ]
            : []),
          ...(customer.deletionRequestedAt
            ? [{ label: "Silme talebi", value: when(customer.deletionRequestedAt) }]
            : []),
        ]}
      />
    </Card>
  );
}

export function ContractCard({ customer, children }: { customer: CustomerDetail; children: React.ReactNode }) {
  return (
    <Card aria-labelledby="sozlesme">
      <CardTitle id="sozlesme">Sözleşme</CardTitle>
      <Facts
        items={[
          { label: "Hizmet türü", value: SERVICE_TYPE_LABELS[customer.serviceType] },
          {
            label: "Sözleşme birim fiyatı",
            value: customer.contractUnitPrice === null ? dash : formatKurus(customer.contractUnitPrice),
          },
          {
            label: "Bu dönem",
            value: `${formatCount(customer.periodPackages)} paket · ${customer.tier} kademesi (${billingPeriodLabel(customer.period)})`,
          },
          {
            label: "Beyan edilen hacim",
            value: customer.declaredVolume ? `${customer.declaredVolume} paket/ay` : dash,
          },
          {
            label: "Hizmet sözleşmesi",
            value: customer.agreementVersion
              ? `${customer.agreementVersion}, ${when(customer.agreementAcceptedAt)}`
              : dash,
          },
          {
            label: "KVKK aydınlatma metni",
            value: customer.kvkkVersion ? `${customer.kvkkVersion}, ${when(customer.kvkkAcceptedAt)}` : dash,
          },
        ]}
      />
      <div className="flex flex-wrap gap-3 border-t border-border pt-4">{children}</div>
    </Card>
  );
}

type Integration = {
  platform: keyof typeof PLATFORM_LABELS;
  shopName: string | null;
  status: "pending" | "connected" | "failed";
  credentialsMasked: unknown;
  lastCheckedAt: Date | null;
  lastError: string | null;
};

export function IntegrationCard({ integration }: { integration: Integration | null }) {
  return (
    <Card aria-labelledby="entegrasyon">
      <CardTitle id="entegrasyon">Entegrasyon</CardTitle>
      {integration ? (
        <Facts
          items={[
            { label: "Platform", value: PLATFORM_LABELS[integration.platform] },
            {
              label: "Durum",
              value: (
                <StatusBadge
                  status={integration.status}
                  labels={INTEGRATION_STATUS_LABELS}
                  tones={INTEGRATION_STATUS_TONES}
                />
              ),
            },
            { label: "Mağaza", value: integration.shopName ?? dash },
            { label: "Son kontrol", value: when(integration.lastCheckedAt) },
            ...(integration.lastError ? [{ label: "Son hata", value: integration.lastError }] : []),
          ]}
        />
      ) : (
        <p className="text-sm text-muted-foreground">Mağaza bağlantısı yok.</p>
      )}
    </Card>
  );
}

export const orderItem = (order: {
  id: string;
  orderNumber: string;
  packageCount: number;
  status: OrderStatus;
  createdAt: Date;
}) => ({
  key: order.id,
  href: `/yonetim/siparisler/${order.id}`,
  title: order.orderNumber,
  detail: `${formatCount(order.packageCount)} paket · ${formatIstanbulDate(order.createdAt)}`,
  badge: <OrderStatusBadge status={order.status} />,
});

export const invoiceItem = (invoice: {
  id: string;
  invoiceNumber: string | null;
  periodStart: Date;
  periodEnd: Date;
  total: number;
  status: keyof typeof INVOICE_STATUS_TONES;
}) => ({
  key: invoice.id,
  href: `/yonetim/faturalar/${invoice.id}`,
  title: invoice.invoiceNumber ?? "Taslak fatura",
  detail: `${billingPeriodLabel({ start: invoice.periodStart, end: invoice.periodEnd })} · ${formatKurus(invoice.total)}`,
  badge: <StatusBadge status={invoice.status} labels={invoiceStatus.labels} tones={INVOICE_STATUS_TONES} />,
});

export const emailItem = (email: {
  id: string;
  subject: string | null;
  recipient: string;
  status: EmailStatus;
  createdAt: Date;
}) => ({
  key: email.id,
  href: `/yonetim/e-postalar/${email.id}`,
  title: email.subject ?? "(konu yok)",
  detail: `${email.recipient} · ${formatIstanbulDateTime(email.createdAt)}`,
  badge: <StatusBadge status={email.status} labels={EMAIL_STATUS_LABELS} tones={EMAIL_STATUS_TONES} />,
});

export const quoteItem = (quote: {
  id: string;
  referenceNumber: string;
  monthlyVolume: string;
  status: QuoteStatus;
  createdAt: Date;
}) => ({
  key: quote.id,
  href: `/yonetim/teklifler/${quote.id}`,
  title: quote.referenceNumber,
  detail: `${quote.monthlyVolume} paket/ay · ${formatIstanbulDate(quote.createdAt)}`,
  badge: <StatusBadge status={quote.status} labels={quoteStatus.labels} tones={QUOTE_STATUS_TONES} />,
});

export { ShortList };
