/**
 * The wizard's steps, services and platforms with their Turkish labels, and the step schemas' field
 * messages (./schemas.ts). Free of zod: the wizard's client components import it.
 */
import { PLATFORMS } from "@/lib/integrations/types";

export const STEPS = [
  { number: 1, label: "Firma" },
  { number: 2, label: "Hizmet" },
  { number: 3, label: "Entegrasyon" },
  { number: 4, label: "Aktivasyon" },
] as const;

export type StepNumber = 1 | 2 | 3 | 4;

/** The same list as the quote form, so a quote's product types prefill step 2 as they are. */
export { PRODUCT_TYPES as PRODUCT_CATEGORIES } from "@/lib/products";

export const SERVICE_TYPES = ["standard", "premium", "custom"] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  standard: "Standart",
  premium: "Premium",
  custom: "Size özel",
};

export const PLATFORM_CHOICES = [...PLATFORMS, "none"] as const;
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];

export const PLATFORM_LABELS: Record<PlatformChoice, string> = {
  shopify: "Shopify",
  woocommerce: "WooCommerce",
  ticimax: "Ticimax",
  hepsiburada: "Hepsiburada",
  none: "Entegrasyon yok",
};

/** A shop connection's state, as operations and the customer read it. */
export const INTEGRATION_STATUS_LABELS = {
  pending: "Test edilmedi",
  connected: "Bağlı",
  failed: "Bağlantı kurulamadı",
} as const;

/** How a stored secret comes back to the form (lib/crypto's maskSecret): kept unless replaced. */
export const MASK_MARK = "••••";

/** Name-like fields of step 1: their label, in the messages, and their longest length. */
export const NAME_FIELDS = {
  companyName: { label: "Firma adı", max: 200 },
  taxOffice: { label: "Vergi dairesi", max: 100 },
  contactName: { label: "Yetkili kişi", max: 120 },
} as const;

export const nameMessages = (label: string, max: number) => ({
  empty: `${label} girin`,
  tooLong: `${label} en fazla ${max} karakter olabilir`,
});

export const STEP_MESSAGES = {
  addressTooLong: "Adres en fazla 500 karakter olabilir",
  cityTooLong: "Şehir en fazla 80 karakter olabilir",
  emailEmpty: "E-posta adresinizi girin",
  emailTooLong: "E-posta adresi çok uzun",
  emailInvalid: "Geçerli bir e-posta adresi girin",
  serviceType: "Bir hizmet türü seçin",
  categoryInvalid: "Listeden bir ürün türü seçin",
  categoryEmpty: "En az bir ürün türü seçin",
  requirementsTooLong: "Özel gereksinimler en fazla 2000 karakter olabilir",
  platform: 'Bir platform seçin ya da "Entegrasyon yok" deyin',
  agreement: "Devam etmek için hizmet sözleşmesini kabul edin",
  kvkk: "Devam etmek için KVKK aydınlatma metnini okuduğunuzu onaylayın",
  passwordConfirm: "Şifrenizi tekrar girin",
  passwordMismatch: "Şifreler aynı değil",
} as const;
