import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  acceptInvitationSchema,
  changePasswordSchema,
  companyProfileSchema,
  inviteUserSchema,
} from "@/lib/account/schemas";
import { createAdminSchema, forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { step1Schema, step2Schema, step3Schema, step4Schema } from "@/lib/onboarding/schemas";
import {
  adminCreateOrderSchema,
  cancelOrderSchema,
  changeOrderStatusSchema,
  createOrderSchema,
} from "@/lib/orders/schemas";
import { offerResponseSchema, quoteRequestSchema, rejectQuoteSchema, sendOfferSchema } from "@/lib/quotes/schemas";

/**
 * Every text field of every form refuses control characters (a NUL ended in a database error) and
 * bidi overrides, on its own field, in Turkish; only multi-line fields take newlines and tabs.
 */

const REFUSED = /^Bu alan görünmez karakterler \(kontrol ya da yazı yönü karakteri\) içeremez/;

const PASSWORD = "Guclu-Magaza-Sifresi-2026";
const TOKEN = "Yq3kTz8pW1vN5rL0aB7cD2eF4gH6iJ9kLmNoPqRsTuV";
const ID = "7f1c1f0e-3f0a-4a2b-9c3d-2e1f0a9b8c7d";
const company = {
  companyName: "Yılmaz Butik",
  contactName: "Ayşe Yılmaz",
  email: "ayse@butik.com.tr",
  phone: "0532 123 45 67",
};

type Form = {
  name: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  /** Fields typed in a <textarea>: newlines and tabs are fine there. */
  multiline?: string[];
  /** Fields with a closed set of answers (a list, an id, a number): refused by their own rule. */
  closed?: string[];
};

const forms: Form[] = [
  {
    name: "company profile",
    schema: companyProfileSchema,
    valid: { ...company, address: "Cad. 1", city: "İzmir", taxOffice: "Konak" },
  },
  {
    name: "change password",
    schema: changePasswordSchema,
    valid: { currentPassword: "Eski-Sifre-2025-abc", password: PASSWORD, passwordConfirm: PASSWORD },
  },
  { name: "invite", schema: inviteUserSchema, valid: { email: company.email } },
  {
    name: "accept invitation",
    schema: acceptInvitationSchema,
    valid: { token: TOKEN, name: "Mehmet Kaya", password: PASSWORD, passwordConfirm: PASSWORD },
  },
  { name: "sign in", schema: signInSchema, valid: { email: company.email, password: PASSWORD, next: "/panel" } },
  { name: "forgot password", schema: forgotPasswordSchema, valid: { email: company.email } },
  {
    name: "reset password",
    schema: resetPasswordSchema,
    valid: { token: TOKEN, password: PASSWORD, passwordConfirm: PASSWORD },
  },
  {
    name: "create admin",
    schema: createAdminSchema,
    valid: { name: "Ece Demir", email: company.email, password: PASSWORD },
  },
  {
    name: "new order",
    schema: createOrderSchema,
    valid: { packageCount: "10", note: "Kırılgan" },
    multiline: ["note"],
    closed: ["packageCount"],
  },
  {
    name: "admin new order",
    schema: adminCreateOrderSchema,
    valid: { customerId: ID, packageCount: "10", note: "Kırılgan" },
    multiline: ["note"],
    closed: ["customerId", "packageCount"],
  },
  {
    name: "cancel order",
    schema: cancelOrderSchema,
    valid: { orderId: ID, note: "Vazgeçtik" },
    multiline: ["note"],
    closed: ["orderId"],
  },
  {
    name: "order status",
    schema: changeOrderStatusSchema,
    valid: { orderId: ID, to: "processing", note: "Hazırlanıyor" },
    multiline: ["note"],
    closed: ["orderId", "to"],
  },
  {
    name: "quote request",
    schema: quoteRequestSchema,
    valid: {
      ...company,
      monthlyVolume: "251-500",
      productTypes: ["Giyim"],
      specialRequirements: "Şişeler",
      hasFragileItems: true,
      needsCustomPackaging: true,
      preferredStartDate: "2999-01-01",
      website: "",
    },
    multiline: ["specialRequirements"],
    closed: ["monthlyVolume", "preferredStartDate"],
  },
  {
    name: "send offer",
    schema: sendOfferSchema,
    valid: { quoteId: ID, unitPrice: "32,50", validityDays: "14", note: "Hoş geldiniz" },
    multiline: ["note"],
    closed: ["quoteId", "validityDays"],
  },
  {
    name: "reject quote",
    schema: rejectQuoteSchema,
    valid: { quoteId: ID, reason: "Hizmet bölgemiz dışında" },
    multiline: ["reason"],
    closed: ["quoteId"],
  },
  {
    name: "offer response",
    schema: offerResponseSchema,
    valid: { token: TOKEN, decision: "accept" },
    closed: ["decision"],
  },
  {
    name: "onboarding step 1",
    schema: step1Schema,
    valid: {
      ...company,
      taxId: "4540536920",
      taxOffice: "Kadıköy",
      address: "Cad. 1",
      city: "İzmir",
      quoteToken: TOKEN,
    },
  },
  {
    name: "onboarding step 2",
    schema: step2Schema,
    valid: { serviceType: "standard", productCategories: ["Giyim"], specialRequirements: "Şişeler" },
    multiline: ["specialRequirements"],
    closed: ["serviceType"],
  },
  {
    name: "onboarding step 3 (WooCommerce)",
    schema: step3Schema,
    valid: {
      platform: "woocommerce",
      intent: "test",
      siteUrl: "https://magaza.com",
      consumerKey: "ck_0123456789abcdef0123456789abcdef01234567",
      consumerSecret: "cs_fedcba9876543210fedcba9876543210fedc7654",
    },
    closed: ["platform", "intent"],
  },
  {
    name: "onboarding step 3 (Hepsiburada)",
    schema: step3Schema,
    valid: {
      platform: "hepsiburada",
      intent: "next",
      merchantId: "b2910839-83b9-4d45-adb6-86bad457edcb",
      username: "cardak_dev",
      password: "Ab12Cd34Ef56",
    },
    closed: ["platform", "intent"],
  },
  {
    name: "onboarding step 3 (Shopify)",
    schema: step3Schema,
    valid: {
      platform: "shopify",
      intent: "test",
      shopDomain: "magaza.myshopify.com",
      accessToken: "shpat_5b1f0c2e9d8a7f6e5d4c3b2a1908",
    },
    closed: ["platform", "intent"],
  },
  {
    name: "onboarding step 3 (Ticimax)",
    schema: step3Schema,
    valid: {
      platform: "ticimax",
      intent: "next",
      siteUrl: "magaza.com.tr",
      authCode: "3KF956KB3FBE4NIYPQTYKYGF66NHDJ",
    },
    closed: ["platform", "intent"],
  },
  {
    name: "onboarding step 4",
    schema: step4Schema,
    valid: { acceptAgreement: "on", acceptKvkk: "on", password: PASSWORD, passwordConfirm: PASSWORD },
    closed: ["acceptAgreement", "acceptKvkk"],
  },
];

function messagesOn(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

const textFields = (form: Form) =>
  Object.keys(form.valid).filter((key) => typeof form.valid[key] === "string" && form.valid[key] !== "");

describe.each(forms)("$name form", (form) => {
  it("takes its valid input", () => {
    expect(form.schema.safeParse(form.valid).error?.issues).toBeUndefined();
  });

  it("covers every field of the schema here", () => {
    const shape = (form.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    for (const key of Object.keys(shape)) expect(Object.keys(form.valid)).toContain(key);
  });

  it.each([
    ["NUL", "\u0000"],
    ["BEL", "\u0007"],
    ["ESC", "\u001b"],
    ["DEL", "\u007f"],
    ["NEL (C1)", "\u0085"],
    ["RIGHT-TO-LEFT OVERRIDE", "\u202e"],
    ["LEFT-TO-RIGHT ISOLATE", "\u2066"],
  ])("refuses %s in each text field on that field", (_name, character) => {
    for (const field of textFields(form)) {
      const value = form.valid[field] as string;
      const input = { ...form.valid, [field]: `${value.slice(0, 2)}${character}${value.slice(2)}` };
      const messages = messagesOn(form.schema, input, field);
      expect(messages, `${field} with ${JSON.stringify(character)}`).not.toEqual([]);
      if (!form.closed?.includes(field)) {
        expect(messages, `${field} with ${JSON.stringify(character)}`).toContainEqual(expect.stringMatching(REFUSED));
      }
    }
  });

  it("takes newlines and tabs only in multi-line fields", () => {
    for (const field of textFields(form)) {
      if (form.closed?.includes(field)) continue;
      const value = form.valid[field] as string;
      const input = { ...form.valid, [field]: `${value.slice(0, 2)}\n\t${value.slice(2)}` };
      const messages = messagesOn(form.schema, input, field);
      if (form.multiline?.includes(field)) expect(messages, field).toEqual([]);
      else expect(messages, field).toContainEqual(expect.stringMatching(REFUSED));
    }
  });
});
