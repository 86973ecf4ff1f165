/**
 * The wizard's steps as the browser checks them before sending (zod/mini, see lib/browser-fields.ts):
 * the same rules and Turkish messages as the server's schemas (./schemas.ts), which check everything
 * again. Step 3's credentials are checked by the server only: their rules live with the platform
 * connectors, which this page need not download.
 */
import { PASSWORD_MAX, PASSWORD_MESSAGES, PASSWORD_MIN } from "@/lib/auth/password-limits";
import {
  browserChoices,
  browserEmail,
  browserOptionalText,
  browserPhone,
  browserTaxId,
  browserText,
  z,
} from "@/lib/browser-fields";
import {
  NAME_FIELDS,
  nameMessages,
  PLATFORM_CHOICES,
  PRODUCT_CATEGORIES,
  SERVICE_TYPES,
  STEP_MESSAGES as M,
} from "./choices";

const name = ({ label, max }: { label: string; max: number }) => {
  const messages = nameMessages(label, max);
  return browserText({ error: messages.empty, min: [2, messages.empty], max: [max, messages.tooLong] });
};

export const step1FormSchema = z.object({
  companyName: name(NAME_FIELDS.companyName),
  taxId: browserTaxId,
  taxOffice: name(NAME_FIELDS.taxOffice),
  contactName: name(NAME_FIELDS.contactName),
  email: browserEmail({ empty: M.emailEmpty, invalid: M.emailInvalid, tooLong: M.emailTooLong }, 320),
  phone: browserPhone,
  quoteToken: z.optional(browserText({ trim: false, max: [200, "Too long"] })),
});

export const step2FormSchema = z.object({
  serviceType: z.enum(SERVICE_TYPES, { error: M.serviceType }),
  productCategories: browserChoices(PRODUCT_CATEGORIES, { invalid: M.categoryInvalid, empty: M.categoryEmpty }),
  specialRequirements: browserOptionalText({ multiline: true, max: [2000, M.requirementsTooLong] }),
});

export const step3FormSchema = z.catchall(
  z.object({ platform: z.enum(PLATFORM_CHOICES, { error: M.platform }) }),
  z.unknown(),
);

const accepted = (message: string) =>
  z.pipe(
    z.transform((value: unknown) => value === true || value === "on" || value === "true"),
    z.literal(true, { error: message }),
  );

export const consentFormSchema = z.object({
  acceptAgreement: accepted(M.agreement),
  acceptKvkk: accepted(M.kvkk),
});

export const step4FormSchema = z
  .object({
    acceptAgreement: accepted(M.agreement),
    acceptKvkk: accepted(M.kvkk),
    password: browserText({
      trim: false,
      error: PASSWORD_MESSAGES.empty,
      min: [PASSWORD_MIN, PASSWORD_MESSAGES.tooShort],
      max: [PASSWORD_MAX, PASSWORD_MESSAGES.tooLong],
    }),
    passwordConfirm: browserText({ trim: false, error: M.passwordConfirm, min: [1, M.passwordConfirm] }),
  })
  .check(
    z.refine((value) => value.password === value.passwordConfirm, {
      path: ["passwordConfirm"],
      message: M.passwordMismatch,
    }),
  );
