import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { parseCredentials, platformFields } from "@/lib/integrations";
import { turkishPhoneSchema } from "@/lib/phone";
import { taxIdSchema } from "@/lib/tax-id";
import { PRODUCT_TYPES } from "@/lib/products";
import { text } from "@/lib/text";
import {
  MASK_MARK,
  NAME_FIELDS,
  nameMessages,
  PLATFORM_CHOICES,
  SERVICE_TYPES,
  STEP_MESSAGES as M,
  type PlatformChoice,
} from "./choices";

/**
 * The wizard's step schemas as the server actions check them; the forms leave the checking to the
 * server (the page must stay light, components/forms/use-light-form.ts), except the phone. Labels
 * and choices, which the forms show, are in ./choices.ts.
 */
export {
  MASK_MARK,
  PLATFORM_CHOICES,
  PLATFORM_LABELS,
  PRODUCT_CATEGORIES,
  SERVICE_TYPE_LABELS,
  SERVICE_TYPES,
  STEPS,
  type PlatformChoice,
  type ServiceType,
  type StepNumber,
} from "./choices";

const email = text({ error: M.emailEmpty })
  .min(1, M.emailEmpty)
  .max(320, M.emailTooLong)
  .pipe(z.email(M.emailInvalid))
  .transform((value) => value.toLowerCase());

const name = ({ label, max }: { label: string; max: number }) => {
  const messages = nameMessages(label, max);
  return text({ error: messages.empty }).min(2, messages.empty).max(max, messages.tooLong);
};

export const step1Schema = z.object({
  companyName: name(NAME_FIELDS.companyName),
  taxId: taxIdSchema,
  /** The tax office, for invoices (`Vergi dairesi`). */
  taxOffice: name(NAME_FIELDS.taxOffice),
  contactName: name(NAME_FIELDS.contactName),
  email,
  phone: turkishPhoneSchema,
  /** The invoice address, optional here (it can be given later on `/panel/hesap`): invoices print it. */
  address: text()
    .max(500, M.addressTooLong)
    .optional()
    .transform((value) => value || undefined),
  city: text()
    .max(80, M.cityTooLong)
    .optional()
    .transform((value) => value || undefined),
  /** The offer token when the visitor came from an accepted quote (`/basla?teklif=`). */
  quoteToken: text({ trim: false }).max(200).optional(),
});
export type Step1Data = Omit<z.output<typeof step1Schema>, "quoteToken">;

/** A single checked box arrives as a string, several as an array, none as nothing. */
const stringList = z.preprocess(
  (value) => (value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(PRODUCT_TYPES, { error: M.categoryInvalid })).min(1, M.categoryEmpty),
);

export const step2Schema = z.object({
  serviceType: z.enum(SERVICE_TYPES, { error: M.serviceType }),
  productCategories: stringList,
  specialRequirements: text({ multiline: true })
    .max(2000, M.requirementsTooLong)
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type Step2Data = z.output<typeof step2Schema>;

/**
 * Step 3: the platform, and its own fields checked with the platform's connector schema. A secret
 * field still showing the stored, masked value stands for the stored secret: it is not checked here
 * (the server swaps the stored secret in, or asks for it again when the shop's address changed).
 */
export const step3Schema = z
  .object({
    platform: z.enum(PLATFORM_CHOICES, { error: M.platform }),
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
  acceptAgreement: accepted(M.agreement),
  acceptKvkk: accepted(M.kvkk),
});

export const step4Schema = consentSchema
  .extend({
    password: newPasswordSchema,
    passwordConfirm: text({ trim: false, error: M.passwordConfirm }).min(1, M.passwordConfirm),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: M.passwordMismatch,
  });

/** The visitor chose the resume link's application over the one open in this browser. */
export const switchApplicationSchema = z.object({ token: z.string().min(1).max(200) });
