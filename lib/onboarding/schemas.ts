import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { parseCredentials, platformFields, PLATFORMS } from "@/lib/integrations";
import { turkishPhoneSchema } from "@/lib/phone";
import { taxIdSchema } from "@/lib/tax-id";
import { PRODUCT_TYPES } from "@/lib/products";
import { text } from "@/lib/text";

/** The wizard's step schemas, shared by the forms (checked before sending) and the server actions. */

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

const email = text({ error: "E-posta adresinizi girin" })
  .min(1, "E-posta adresinizi girin")
  .max(320, "E-posta adresi çok uzun")
  .pipe(z.email("Geçerli bir e-posta adresi girin"))
  .transform((value) => value.toLowerCase());

const name = (label: string, max: number) =>
  text({ error: `${label} girin` })
    .min(2, `${label} girin`)
    .max(max, `${label} en fazla ${max} karakter olabilir`);

export const step1Schema = z.object({
  companyName: name("Firma adı", 200),
  taxId: taxIdSchema,
  contactName: name("Yetkili kişi", 120),
  email,
  phone: turkishPhoneSchema,
  /** The offer token when the visitor came from an accepted quote (`/basla?teklif=`). */
  quoteToken: text({ trim: false }).max(200).optional(),
});
export type Step1Data = Omit<z.output<typeof step1Schema>, "quoteToken">;

/** A single checked box arrives as a string, several as an array, none as nothing. */
const stringList = z.preprocess(
  (value) => (value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(PRODUCT_TYPES, { error: "Listeden bir ürün türü seçin" })).min(1, "En az bir ürün türü seçin"),
);

export const step2Schema = z.object({
  serviceType: z.enum(SERVICE_TYPES, { error: "Bir hizmet türü seçin" }),
  productCategories: stringList,
  specialRequirements: text({ multiline: true })
    .max(2000, "Özel gereksinimler en fazla 2000 karakter olabilir")
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type Step2Data = z.output<typeof step2Schema>;

/** How a stored secret comes back to the form (lib/crypto's maskSecret): kept unless replaced. */
export const MASK_MARK = "••••";

/**
 * Step 3: the platform, and its own fields checked with the platform's connector schema. A secret
 * field still showing the stored, masked value stands for the stored secret: it is not checked here
 * (the server swaps the stored secret in, or asks for it again when the shop's address changed).
 */
export const step3Schema = z
  .object({
    platform: z.enum(PLATFORM_CHOICES, { error: 'Bir platform seçin ya da "Entegrasyon yok" deyin' }),
    intent: z.enum(["test", "next"]).default("next"),
  })
  .catchall(z.unknown())
  .superRefine((value, ctx) => {
    if (value.platform === "none") return;
    const typed: Record<string, string> = {};
    const storedStandIns = new Set<string>();
    for (const field of platformFields[value.platform]) {
      const raw = typeof value[field.name] === "string" ? (value[field.name] as string) : "";
      typed[field.name] = raw;
      if (field.secret && raw.includes(MASK_MARK)) storedStandIns.add(field.name);
    }
    const parsed = parseCredentials(value.platform, typed);
    if (parsed.ok) return;
    for (const [name, messages] of Object.entries(parsed.fieldErrors as Record<string, string[] | undefined>)) {
      if (messages?.[0] && !storedStandIns.has(name))
        ctx.addIssue({ code: "custom", path: [name], message: messages[0] });
    }
  });
export type Step3Data = { platform: PlatformChoice };

const accepted = (message: string) =>
  z.preprocess((value) => value === true || value === "on" || value === "true", z.literal(true, { error: message }));

/** Step 4 for a signed-in customer completing their account: the two acceptances, no password. */
export const consentSchema = z.object({
  acceptAgreement: accepted("Devam etmek için hizmet sözleşmesini kabul edin"),
  acceptKvkk: accepted("Devam etmek için KVKK aydınlatma metnini okuduğunuzu onaylayın"),
});

export const step4Schema = consentSchema
  .extend({
    password: newPasswordSchema,
    passwordConfirm: text({ trim: false, error: "Şifrenizi tekrar girin" }).min(1, "Şifrenizi tekrar girin"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Şifreler aynı değil",
  });

/** The visitor chose the resume link's application over the one open in this browser. */
export const switchApplicationSchema = z.object({ token: z.string().min(1).max(200) });
