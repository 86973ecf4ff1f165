/**
 * The lists that have `CSV indir`: each reads its filters from the URL as its page does, so the file
 * holds exactly the rows the filtered list shows (every page of them), with Turkish column names,
 * labels and number formats. Phones are written as the pages show them (0532 123 45 67), not as
 * stored (+90…), which the formula guard would have to mark as text.
 */
import "server-only";
import { auditExport, type AuditExportRow } from "@/db/queries/audit-log";
import { orderExport, type OrderExportRow } from "@/db/queries/admin-orders";
import { customerExport, type CustomerExportRow } from "@/db/queries/customers";
import { emailExport, type EmailExportRow } from "@/db/queries/emails";
import { pricingVersionExport, type PricingVersionExportRow } from "@/db/queries/pricing";
import { quoteExport, type QuoteExportRow } from "@/db/queries/quotes";
import { userExport, type UserExportRow } from "@/db/queries/user-export";
import { isTemplateName, templateLabels } from "@/emails";
import { auditLogList } from "@/lib/audit-log/filters";
import { USER_ROLE_LABELS, USER_STATUS_LABELS, userList } from "@/lib/auth/user-filters";
import { csvAmount, csvInteger } from "@/lib/csv";
import { customerList } from "@/lib/customers/filters";
import { customerStatus, type CustomerStatus } from "@/lib/customers/status";
import { EMAIL_STATUS_LABELS, emailLogList, type EmailStatus } from "@/lib/email-log/filters";
import { SERVICE_TYPE_LABELS, type ServiceType } from "@/lib/onboarding/schemas";
import { adminOrderList } from "@/lib/orders/filters";
import { formatTurkishPhone } from "@/lib/phone";
import { firstPricedPeriod, VERSION_STATE_LABELS, versionState } from "@/lib/pricing-admin/versions";
import { billingPeriodLabel } from "@/lib/billing/period";
import { formatIstanbulDate } from "@/lib/dates";
import { orderStatus, type OrderStatus } from "@/lib/orders/status";
import { rangeForVolume } from "@/lib/pricing";
import { quoteList } from "@/lib/quotes/filters";
import { quoteStatus, type QuoteStatus } from "@/lib/quotes/status";
import type { CsvList } from "./csv-route";

const yesNo = (value: boolean) => (value ? "Evet" : "Hayır");

export const customersCsv = {
  name: "musteriler",
  parse: customerList.parse,
  source: (filters, now) => customerExport({ filters, at: now }),
  header: [
    "Firma adı",
    "Vergi numarası",
    "Yetkili",
    "E-posta",
    "Telefon",
    "Şehir",
    "Durum",
    "Hizmet türü",
    "Sözleşme birim fiyatı (TL)",
    "Bu dönem paket",
    "Kademe",
    "Kayıt tarihi",
  ],
  cells: (row: CustomerExportRow) => [
    row.company_name,
    row.tax_id,
    row.contact_name,
    row.email,
    formatTurkishPhone(row.phone),
    row.city,
    customerStatus.label(row.status as CustomerStatus),
    SERVICE_TYPE_LABELS[row.service_type as ServiceType],
    csvAmount(row.contract_unit_price),
    csvInteger(row.period_packages),
    rangeForVolume(Number(row.period_packages)),
    row.created_at,
  ],
} satisfies CsvList<ReturnType<typeof customerList.parse>, CustomerExportRow>;

export const ordersCsv = {
  name: "siparisler",
  parse: adminOrderList.parse,
  source: (filters, now) => orderExport({ filters, at: now }),
  header: [
    "Sipariş no",
    "Firma adı",
    "Vergi numarası",
    "Paket",
    "Durum",
    "Not",
    "Oluşturulma",
    "İşleme alınma",
    "Tamamlanma",
    "İptal",
  ],
  cells: (row: OrderExportRow) => [
    row.order_number,
    row.company_name,
    row.tax_id,
    csvInteger(row.package_count),
    orderStatus.label(row.status as OrderStatus),
    row.note,
    row.created_at,
    row.processing_started_at,
    row.completed_at,
    row.cancelled_at,
  ],
} satisfies CsvList<ReturnType<typeof adminOrderList.parse>, OrderExportRow>;

export const quotesCsv = {
  name: "teklifler",
  parse: quoteList.parse,
  source: (filters) => quoteExport({ filters }),
  header: [
    "Referans",
    "Firma adı",
    "Yetkili",
    "E-posta",
    "Telefon",
    "Aylık sipariş adedi",
    "Durum",
    "İnceleme gerekli",
    "Hesaplanan birim fiyat (TL)",
    "Teklif edilen birim fiyat (TL)",
    "Kabul edilen birim fiyat (TL)",
    "Tarih",
  ],
  cells: (row: QuoteExportRow) => [
    row.reference_number,
    row.company_name,
    row.contact_name,
    row.email,
    formatTurkishPhone(row.phone),
    row.monthly_volume,
    quoteStatus.label(row.status as QuoteStatus),
    yesNo(row.needs_review),
    csvAmount(row.calculated_unit_price),
    csvAmount(row.quoted_unit_price),
    csvAmount(row.accepted_unit_price),
    row.created_at,
  ],
} satisfies CsvList<ReturnType<typeof quoteList.parse>, QuoteExportRow>;

export const emailsCsv = {
  name: "e-postalar",
  parse: emailLogList.parse,
  source: (filters) => emailExport({ filters }),
  header: ["Tarih", "Alıcı", "Şablon", "Konu", "Durum", "Deneme", "Gönderilme", "Hata"],
  cells: (row: EmailExportRow) => [
    row.created_at,
    row.recipient,
    isTemplateName(row.template) ? templateLabels[row.template] : row.template,
    row.subject,
    EMAIL_STATUS_LABELS[row.status as EmailStatus],
    csvInteger(row.attempts),
    row.sent_at,
    row.last_error,
  ],
} satisfies CsvList<ReturnType<typeof emailLogList.parse>, EmailExportRow>;

export const auditCsv = {
  name: "denetim",
  parse: auditLogList.parse,
  source: (filters) => auditExport({ filters }),
  header: ["Tarih", "Kim", "İşlem", "Kayıt türü", "Kayıt", "IP adresi", "Önce", "Sonra"],
  cells: (row: AuditExportRow) => [
    row.created_at,
    row.actor_label,
    row.action,
    row.entity_type,
    row.entity_id,
    row.ip_address,
    row.before,
    row.after,
  ],
} satisfies CsvList<ReturnType<typeof auditLogList.parse>, AuditExportRow>;

export const usersCsv = {
  name: "kullanicilar",
  parse: userList.parse,
  source: (filters) => userExport({ filters }),
  header: ["Ad", "E-posta", "Rol", "Firma adı", "Durum", "Son giriş", "Oluşturulma"],
  cells: (row: UserExportRow) => [
    row.name,
    row.email,
    USER_ROLE_LABELS[row.role],
    row.company_name,
    USER_STATUS_LABELS[row.disabled ? "disabled" : "active"],
    row.last_login_at,
    row.created_at,
  ],
} satisfies CsvList<ReturnType<typeof userList.parse>, UserExportRow>;

/**
 * The price versions of `/yonetim/fiyatlandirma`, as its table shows them (no filters: every version).
 * Each row's state is as of the download, by the page's rule.
 */
export const pricingVersionsCsv = {
  name: "fiyat-surumleri",
  parse: () => ({ page: 1 }),
  source: (_filters, now) => pricingVersionExport({ at: now }),
  header: [
    "Kalem",
    "Durum",
    "Yürürlük",
    "İlk faturalanan dönem",
    "Birim fiyat / ek ücret (TL)",
    "Aylık depolama (TL)",
    "Giren",
  ],
  cells: (row: PricingVersionExportRow, now: Date) => {
    const effectiveFrom = new Date(row.effective_from);
    const currentFrom = row.current_from ? new Date(row.current_from) : null;
    return [
      row.range ? `${row.range} paket` : "Premium ek ücreti",
      VERSION_STATE_LABELS[versionState(effectiveFrom, currentFrom, now)],
      formatIstanbulDate(effectiveFrom),
      billingPeriodLabel(firstPricedPeriod(effectiveFrom)),
      csvAmount(row.price),
      row.range ? csvAmount(row.storage_charge) : "",
      row.created_by_name ?? "Sistem",
    ];
  },
} satisfies CsvList<{ page: number }, PricingVersionExportRow>;
