// The public forms check in the browser with light zod/mini twins of the server's schemas; both must
// refuse the same input on the same field with the same Turkish message, and accept the same input.
import { describe, expect, it } from "vitest";
import { quoteRequestFormSchema, istanbulToday } from "@/lib/quotes/form-schema";
import { quoteRequestSchema } from "@/lib/quotes/schemas";
import {
  consentFormSchema,
  step1FormSchema,
  step2FormSchema,
  step3FormSchema,
  step4FormSchema,
} from "@/lib/onboarding/form-schemas";
import { consentSchema, step1Schema, step2Schema, step3Schema, step4Schema } from "@/lib/onboarding/schemas";

type Schema = {
  safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** Every refused field with its first message, as the form shows them (react-hook-form keeps the first). */
function answer(schema: Schema, input: unknown): Record<string, string> | "ok" {
  const result = schema.safeParse(input);
  if (result.success) return "ok";
  const fields: Record<string, string> = {};
  for (const issue of result.error!.issues) fields[String(issue.path[0])] ??= issue.message;
  return fields;
}

const validQuote = {
  companyName: "Örnek Tekstil",
  contactName: "Ayşe Yılmaz",
  email: "ayse@ornek.com.tr",
  phone: "0532 123 45 67",
  monthlyVolume: "251-500",
  productTypes: ["Giyim"],
  specialRequirements: "",
  hasFragileItems: false,
  needsCustomPackaging: true,
  preferredStartDate: "",
  website: "",
};

const quoteVariants: Record<string, unknown>[] = [
  {},
  { companyName: "" },
  { companyName: " A " },
  { companyName: "x".repeat(201) },
  { companyName: "Örnek\u202eTekstil" },
  { contactName: "B" },
  { contactName: undefined },
  { email: "" },
  { email: "ayse@" },
  { email: `${"a".repeat(250)}@x.co` },
  { phone: "" },
  { phone: "0532 123" },
  { phone: "+49 30 1234567" },
  { phone: "0123 456 78 90" },
  { phone: "+90 532 123 4567" },
  { monthlyVolume: "" },
  { monthlyVolume: "2000" },
  { productTypes: [] },
  { productTypes: false },
  { productTypes: ["Giyim", "Silah"] },
  { productTypes: "Kitap" },
  { specialRequirements: "x".repeat(2001) },
  { specialRequirements: "satır 1\nsatır 2" },
  { preferredStartDate: "2020-01-01" },
  { preferredStartDate: "2026-02-30" },
  { preferredStartDate: istanbulToday() },
  { hasFragileItems: "on", needsCustomPackaging: undefined },
];

describe("the quote form's browser check", () => {
  it.each(quoteVariants.map((change) => [JSON.stringify(change).slice(0, 80), change] as const))(
    "answers %s as the server does",
    (_name, change) => {
      const input = { ...validQuote, ...change };
      expect(answer(quoteRequestFormSchema, input)).toEqual(answer(quoteRequestSchema, input));
    },
  );

  it("refuses an empty form on every required field", () => {
    const fields = answer(quoteRequestFormSchema, {});
    expect(Object.keys(fields as object).sort()).toEqual(
      ["companyName", "contactName", "email", "monthlyVolume", "phone", "productTypes"].sort(),
    );
  });
});

const validStep1 = {
  companyName: "Yılmaz Butik Ltd. Şti.",
  taxId: "4540536920",
  taxOffice: "Kadıköy",
  contactName: "Ayşe Yılmaz",
  email: "Ayse@YilmazButik.com.tr",
  phone: "0532 123 45 67",
  quoteToken: "",
};

const step1Variants: Record<string, unknown>[] = [
  {},
  { companyName: "" },
  { companyName: "x".repeat(201) },
  { taxId: "" },
  { taxId: "454 053 6920" },
  { taxId: "4540536921" },
  { taxId: "12345" },
  { taxId: "45405369ab" },
  { taxId: "01234567890" },
  { taxOffice: "" },
  { taxOffice: undefined },
  { taxOffice: "K" },
  { taxOffice: "x".repeat(101) },
  { taxOffice: "Kadı\u0000köy" },
  { contactName: " " },
  { email: "" },
  { email: "ayse@" },
  { email: `${"a".repeat(320)}@x.co` },
  { phone: "0532 123" },
  { phone: "+1 202 555 0123" },
  { phone: undefined },
];

const validStep2 = { serviceType: "premium", productCategories: ["Giyim"], specialRequirements: "" };
const step2Variants: Record<string, unknown>[] = [
  {},
  { serviceType: "" },
  { serviceType: "vip" },
  { productCategories: [] },
  { productCategories: "Kitap" },
  { productCategories: ["Giyim", "Silah"] },
  { specialRequirements: "x".repeat(2001) },
];

const validStep4 = {
  acceptAgreement: true,
  acceptKvkk: "on",
  password: "Guclu-Sifre-2026",
  passwordConfirm: "Guclu-Sifre-2026",
};
const step4Variants: Record<string, unknown>[] = [
  {},
  { acceptAgreement: false },
  { acceptKvkk: undefined },
  { password: "" },
  { password: "kisa", passwordConfirm: "kisa" },
  { password: "x".repeat(129), passwordConfirm: "x".repeat(129) },
  { passwordConfirm: "" },
  { passwordConfirm: "Baska-Sifre-2026" },
  { password: " Guclu-Sifre-2026 ", passwordConfirm: " Guclu-Sifre-2026 " },
];

const cases = (variants: Record<string, unknown>[], valid: Record<string, unknown>) =>
  variants.map((change) => [JSON.stringify(change).slice(0, 80), { ...valid, ...change }] as const);

describe("the onboarding steps' browser checks", () => {
  it.each(cases(step1Variants, validStep1))("step 1 answers %s as the server does", (_name, input) => {
    expect(answer(step1FormSchema, input)).toEqual(answer(step1Schema, input));
  });

  it.each(cases(step2Variants, validStep2))("step 2 answers %s as the server does", (_name, input) => {
    expect(answer(step2FormSchema, input)).toEqual(answer(step2Schema, input));
  });

  it.each(cases(step4Variants, validStep4))("step 4 answers %s as the server does", (_name, input) => {
    expect(answer(step4FormSchema, input)).toEqual(answer(step4Schema, input));
    const consent = { acceptAgreement: input.acceptAgreement, acceptKvkk: input.acceptKvkk };
    expect(answer(consentFormSchema, consent)).toEqual(answer(consentSchema, consent));
  });

  it("step 3 asks for a platform in the browser and leaves the credentials to the server", () => {
    expect(answer(step3FormSchema, {})).toEqual({ platform: 'Bir platform seçin ya da "Entegrasyon yok" deyin' });
    expect(answer(step3FormSchema, { platform: "shopify", shopDomain: "" })).toBe("ok");
    expect(answer(step3Schema, { platform: "shopify", shopDomain: "" })).not.toBe("ok");
  });

  it("step 1 asks for the tax office", () => {
    expect(answer(step1FormSchema, { ...validStep1, taxOffice: "" })).toEqual({ taxOffice: "Vergi dairesi girin" });
  });
});
