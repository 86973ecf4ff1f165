/**
 * The kinds of operations alert, their Turkish names and the settings form's schema: shared by the
 * settings page (a client form) and lib/ops-alerts.ts.
 */
import { z } from "zod";

export const OPS_ALERT_KINDS = [
  "order_created",
  "order_cancelled",
  "offer_answered",
  "account_activated",
  "invoice_overdue",
  "payment_received",
  "deletion_requested",
] as const;
export type OpsAlertKind = (typeof OPS_ALERT_KINDS)[number];

export const OPS_ALERT_LABELS: Record<OpsAlertKind, string> = {
  order_created: "Yeni sipariş",
  order_cancelled: "Sipariş iptal edildi",
  offer_answered: "Teklif yanıtlandı",
  account_activated: "Hesap etkinleştirildi",
  invoice_overdue: "Fatura vadesi geçti",
  payment_received: "Ödeme alındı",
  deletion_requested: "Hesap silme talebi (KVKK)",
};

export const OPS_ALERT_HINTS: Record<OpsAlertKind, string> = {
  order_created: "Bir müşteri ya da operasyon yeni sipariş oluşturduğunda.",
  order_cancelled: "Bir sipariş iptal edildiğinde (müşteri ya da operasyon).",
  offer_answered: "Müşteri adayı gönderilen teklifi kabul ya da reddettiğinde.",
  account_activated: "Yeni bir müşteri başvurusunu tamamlayıp hizmeti başlattığında.",
  invoice_overdue: "Bir faturanın ödeme vadesi geçtiğinde.",
  payment_received: "Bir fatura ödendiğinde (havale/EFT ya da kart).",
  deletion_requested: "Bir müşteri panelinden hesabının ve kişisel verilerinin silinmesini istediğinde.",
};

/** The settings form: the kinds whose box is ticked (one ticked box arrives as a string, none as nothing). */
export const opsAlertSettingsSchema = z.object({
  enabled: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(OPS_ALERT_KINDS, { error: "Bilinmeyen uyarı türü" })),
  ),
});

export type OpsAlertSwitches = Record<OpsAlertKind, boolean>;
