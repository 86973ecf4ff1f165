/**
 * How the audit log reads to operations: each action and field in Turkish, and each value as the
 * rest of the app shows it (₺ amounts, Istanbul dates, status labels). The log stores codes and raw
 * values (the CSV export keeps them so); only the screens translate. A code without a label here is
 * shown as it is stored, never hidden: tests/unit/audit-diff.test.ts checks that every action the
 * code writes has one.
 */
import { invoiceStatus, PAYMENT_METHOD_LABELS } from "../billing/status";
import { customerStatus, SUSPENSION_REASON_LABELS } from "../customers/status";
import { USER_ROLE_LABELS } from "../auth/user-filters";
import { formatIstanbulDateTime, isCalendarDate } from "../dates";
import { EMAIL_STATUS_LABELS } from "../email-log/filters";
import { formatKurus } from "../money";
import { INTEGRATION_STATUS_LABELS, PLATFORM_LABELS } from "../onboarding/choices";
import { SERVICE_TYPE_LABELS } from "../onboarding/schemas";
import { orderStatus } from "../orders/status";
import { CARD_NETWORK_LABELS, PAYMENT_PROVIDER_LABELS, paymentStatus } from "../payments/status";
import { quoteStatus } from "../quotes/status";

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  "auth.password_changed": "Şifre değiştirildi",
  "auth.reset_done": "Şifre sıfırlandı",
  "auth.reset_requested": "Şifre sıfırlama istendi",
  "auth.session_ended": "Oturum kapatıldı",
  "auth.sign_in": "Giriş yapıldı",
  "auth.sign_in_failed": "Giriş başarısız",
  "auth.sign_out": "Çıkış yapıldı",
  "auth.sign_out_everywhere": "Tüm oturumlar kapatıldı",
  "customer.contract_price_changed": "Sözleşme fiyatı değişti",
  "customer.created": "Müşteri hesabı açıldı",
  "customer.data_exported": "Veriler indirildi (KVKK)",
  "customer.deletion_requested": "Hesabın silinmesi istendi (KVKK)",
  "customer.personal_data_erased": "Kişisel veriler silindi (KVKK)",
  "customer.profile_completed": "Profil tamamlandı",
  "customer.profile_updated": "Profil güncellendi",
  "customer.reactivated": "Yeniden etkinleştirildi",
  "customer.service_type_changed": "Hizmet türü değişti",
  "customer.suspended": "Askıya alındı",
  "email.resent": "E-posta yeniden gönderildi",
  "export.csv": "CSV indirildi",
  "integration.checked": "Entegrasyon denendi",
  "integration.credentials_replaced": "Entegrasyon bilgileri değişti",
  "integration.linked": "Entegrasyon bağlandı",
  "invoice.cancelled": "Fatura iptal edildi",
  "invoice.created": "Fatura oluşturuldu",
  "invoice.overdue": "Fatura vadesi geçti",
  "invoice.paid": "Fatura ödendi",
  "invoice.reminder_sent": "Ödeme hatırlatması gönderildi",
  "invoice.sent": "Fatura kesildi",
  "invoice.suspension_applied": "Ödenmeyen fatura için askıya alma",
  "onboarding.abandoned": "Başvuru yarım kaldı",
  "onboarding.completed": "Başvuru tamamlandı",
  "ops_alerts.updated": "Operasyon uyarıları değişti",
  "order.created": "Sipariş oluşturuldu",
  "order.status_changed": "Sipariş durumu değişti",
  "payment.failed": "Ödeme başarısız",
  "payment.recorded": "Ödeme kaydedildi",
  "payment.refund_failed": "İade başarısız",
  "payment.refund_requested": "İade istendi",
  "payment.refunded": "Ödeme iade edildi",
  "payment.started": "Kartla ödeme başladı",
  "payment.succeeded": "Kartla ödeme alındı",
  "payment.unapplied": "Ödeme faturaya işlenmedi",
  "pricing.change_cancelled": "Fiyat değişikliği geri alındı",
  "pricing.changed": "Fiyat değişikliği planlandı",
  "quote.accepted": "Teklif kabul edildi",
  "quote.customer_linked": "Teklif müşteriye bağlandı",
  "quote.declined": "Teklif geri çevrildi",
  "quote.offer_sent": "Teklif gönderildi",
  "quote.rejected": "Teklif talebi reddedildi",
  "quote.reviewed": "Teklif talebi incelendi",
  "quote.submitted": "Teklif talebi geldi",
  "user.created": "Kullanıcı oluşturuldu",
  "user.disabled": "Kullanıcı devre dışı bırakıldı",
  "user.enabled": "Kullanıcı etkinleştirildi",
  "user.invitation_accepted": "Davet kabul edildi",
  "user.invitation_resent": "Davet yeniden gönderildi",
  "user.invitation_revoked": "Davet geri alındı",
  "user.invited": "Kullanıcı davet edildi",
};

/** A label of `labels` for `key`, never an inherited member (`constructor`, `toString`). */
function own<V>(labels: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return labels && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

export const actionLabel = (action: string): string => own(AUDIT_ACTION_LABELS, action) ?? action;

const FIELD_LABELS: Readonly<Record<string, string>> = {
  acceptedUnitPrice: "Kabul edilen birim fiyat",
  address: "Adres",
  agreementVersion: "Sözleşme sürümü",
  amount: "Tutar",
  amountKurus: "Tutar",
  attempts: "Deneme",
  by: "Yapan",
  calculatedUnitPrice: "Hesaplanan birim fiyat",
  cancelReason: "İptal gerekçesi",
  cardAssociation: "Kart ağı",
  cardLastFour: "Kartın son 4 hanesi",
  city: "Şehir",
  companyName: "Firma adı",
  completed: "Tamamlandı",
  confirmedBy: "Onaylayan",
  contactName: "Yetkili",
  contractUnitPrice: "Sözleşme birim fiyatı",
  conversationId: "İşlem no",
  count: "Adet",
  credentials: "Erişim bilgileri",
  customerId: "Müşteri",
  customerSuspended: "Müşteri askıya alındı",
  disabled: "Devre dışı",
  dueAt: "Son ödeme zamanı",
  effectiveDate: "Yürürlük tarihi",
  email: "E-posta",
  estimatedUnitPrice: "Tahmini birim fiyat",
  ettn: "ETTN",
  expiresAt: "Geçerlilik sonu",
  failureReason: "Hata nedeni",
  filters: "Filtreler",
  ids: "Kayıtlar",
  invitationId: "Davet",
  invitationsRevoked: "Geri alınan davetler",
  invoiceId: "Fatura",
  invoiceNumber: "Fatura no",
  invoiceNumbers: "Fatura numaraları",
  invoiceStatus: "Fatura durumu",
  issuedAt: "Kesim zamanı",
  kdv: "KDV",
  kvkkVersion: "KVKK metni sürümü",
  lastError: "Son hata",
  list: "Liste",
  monthlyVolume: "Aylık hacim",
  name: "Ad",
  note: "Not",
  offerNote: "Teklif notu",
  orderNumber: "Sipariş no",
  overdueInvoices: "Gecikmiş faturalar",
  overdueNoticeSentAt: "Gecikme bildirimi",
  overdueTotal: "Gecikmiş toplam",
  packageCount: "Paket sayısı",
  paidAt: "Ödeme zamanı",
  paidOn: "Ödeme tarihi",
  paymentId: "Ödeme",
  paymentMethod: "Ödeme yöntemi",
  periodEnd: "Dönem sonu",
  periodStart: "Dönem başı",
  phone: "Telefon",
  platform: "Platform",
  premiumSurcharge: "Premium ek ücreti",
  price: "Fiyat",
  provider: "Ödeme kanalı",
  providerPaymentId: "Iyzico ödeme no",
  quotedAt: "Teklif zamanı",
  quotedUnitPrice: "Teklif edilen birim fiyat",
  quoteId: "Teklif",
  range: "Kademe",
  reason: "Gerekçe",
  recordedBy: "Kaydeden",
  reference: "Referans",
  referenceNumber: "Referans no",
  refunded: "İade edildi",
  refundedAmount: "İade edilen",
  refundId: "İade",
  rejectionReason: "Red nedeni",
  removedBy: "Kaldıran",
  replacedInvitationId: "Yerine geçtiği davet",
  respondedAt: "Yanıt zamanı",
  reviewedAt: "İnceleme zamanı",
  reviewedBy: "İnceleyen",
  reviewNotes: "İnceleme notu",
  revokedAt: "Geri alınma",
  role: "Rol",
  rows: "Satır sayısı",
  serviceType: "Hizmet türü",
  sessionIds: "Oturumlar",
  settledAt: "Sonuçlanma zamanı",
  status: "Durum",
  subtotal: "Ara toplam",
  surcharge: "Ek ücret",
  suspensionNote: "Askı gerekçesi",
  suspensionReason: "Askı nedeni",
  taxId: "Vergi numarası",
  taxOffice: "Vergi dairesi",
  tiers: "Kademeler",
  total: "Toplam",
  unitPrice: "Birim fiyat",
  unitSurcharge: "Birim ek ücret",
  validUntil: "Geçerlilik sonu",
};

export const fieldLabel = (key: string): string => own(FIELD_LABELS, key) ?? key;

/** Fields that hold kuruş: shown as ₺ amounts, never as the integer they are stored as. */
const MONEY_FIELDS = new Set([
  "acceptedUnitPrice",
  "amount",
  "amountKurus",
  "calculatedUnitPrice",
  "contractUnitPrice",
  "estimatedUnitPrice",
  "overdueTotal",
  "kdv",
  "premiumSurcharge",
  "price",
  "quotedUnitPrice",
  "refundedAmount",
  "subtotal",
  "surcharge",
  "total",
  "unitPrice",
  "unitSurcharge",
]);

/** Fields that hold a calendar day (2026-11-25): shown as 25.11.2026. */
const DAY_FIELDS = new Set(["effectiveDate", "paidOn"]);

/** Fields that hold a user's id: shown by the name the page knows for it, else as stored. */
const PERSON_FIELDS = new Set(["confirmedBy", "recordedBy", "reviewedBy"]);

/** A status is the entity's own: an order's `pending` is "Beklemede", a payment's "Bekliyor". */
const STATUS_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  customer: customerStatus.labels,
  email: EMAIL_STATUS_LABELS,
  integration: INTEGRATION_STATUS_LABELS,
  invoice: invoiceStatus.labels,
  onboarding_session: { in_progress: "Sürüyor", completed: "Tamamlandı", abandoned: "Yarım kaldı" },
  order: orderStatus.labels,
  payment: paymentStatus.labels,
  quote: quoteStatus.labels,
};

const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  cardAssociation: CARD_NETWORK_LABELS,
  invoiceStatus: invoiceStatus.labels,
  paymentMethod: PAYMENT_METHOD_LABELS,
  platform: PLATFORM_LABELS,
  provider: PAYMENT_PROVIDER_LABELS,
  removedBy: { customer: "Müşteri firma" },
  role: USER_ROLE_LABELS,
  serviceType: SERVICE_TYPE_LABELS,
  suspensionReason: SUSPENSION_REASON_LABELS,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Names of users by id (the row's actor at least), for fields that store who did something. */
export type AuditPeople = ReadonlyMap<string, string>;

/**
 * One value of an audit row's before or after as the page shows it; null when there is none. Text,
 * numbers and nested values that no rule names are shown as stored (nested ones as JSON).
 */
export function describeAuditValue(
  entityType: string,
  key: string,
  value: unknown,
  people?: AuditPeople,
): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "Evet" : "Hayır";
  if (MONEY_FIELDS.has(key) && typeof value === "number" && Number.isSafeInteger(value)) return formatKurus(value);
  if (typeof value === "string") {
    const label = own(key === "status" ? own(STATUS_LABELS, entityType) : own(VALUE_LABELS, key), value);
    if (label) return label;
    if (PERSON_FIELDS.has(key)) return people?.get(value) ?? value;
    if (DAY_FIELDS.has(key) && isCalendarDate(value)) return value.split("-").reverse().join(".");
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatIstanbulDateTime(new Date(value));
    return value;
  }
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (key === "tiers") return tierPrices(value) ?? JSON.stringify(value);
  return JSON.stringify(value);
}

/** A price change's tiers (`{ "251-500": { unitPrice, storageCharge } }`) in lira, one per range. */
function tierPrices(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const lines: string[] = [];
  for (const [range, prices] of Object.entries(value)) {
    const { unitPrice, storageCharge } = (prices ?? {}) as { unitPrice?: unknown; storageCharge?: unknown };
    if (!Number.isSafeInteger(unitPrice) || !Number.isSafeInteger(storageCharge)) return null;
    lines.push(`${range}: ${formatKurus(unitPrice as number)} (depolama ${formatKurus(storageCharge as number)})`);
  }
  return lines.length > 0 ? lines.join("; ") : "Değişiklik yok";
}
