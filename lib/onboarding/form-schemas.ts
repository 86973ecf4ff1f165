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
} from "@/lib/browser-fields";
import { catchall, enum as zodEnum, literal, object, optional, pipe, refine, transform, unknown } from "zod/mini";
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

export const step1FormSchema = object({
  companyName: name(NAME_FIELDS.companyName),
  taxId: browserTaxId,
  taxOffice: name(NAME_FIELDS.taxOffice),
  contactName: name(NAME_FIELDS.contactName),
  email: browserEmail({ empty: M.emailEmpty, invalid: M.emailInvalid, tooLong: M.emailTooLong }, 320),
  phone: browserPhone,
  quoteToken: optional(browserText({ trim: false, max: [200, "Too long"] })),
});

export const step2FormSchema = object({
  serviceType: zodEnum(SERVICE_TYPES, { error: M.serviceType }),
  productCategories: browserChoices(PRODUCT_CATEGORIES, { invalid: M.categoryInvalid, empty: M.categoryEmpty }),
  specialRequirements: browserOptionalText({ multiline: true, max: [2000, M.requirementsTooLong] }),
});

export const step3FormSchema = catchall(
  object({ platform: zodEnum(PLATFORM_CHOICES, { error: M.platform }) }),
  unknown(),
);

const accepted = (message: string) =>
  pipe(
    transform((value: unknown) => value === true || value === "on" || value === "true"),
    literal(true, { error: message }),
  );

export const consentFormSchema = object({
  acceptAgreement: accepted(M.agreement),
  acceptKvkk: accepted(M.kvkk),
});

export const step4FormSchema = object({
  acceptAgreement: accepted(M.agreement),
  acceptKvkk: accepted(M.kvkk),
  password: browserText({
    trim: false,
    error: PASSWORD_MESSAGES.empty,
    min: [PASSWORD_MIN, PASSWORD_MESSAGES.tooShort],
    max: [PASSWORD_MAX, PASSWORD_MESSAGES.tooLong],
  }),
  passwordConfirm: browserText({ trim: false, error: M.passwordConfirm, min: [1, M.passwordConfirm] }),
}).check(
  refine((value: { password: string; passwordConfirm: string }) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: M.passwordMismatch,
  }),
);
