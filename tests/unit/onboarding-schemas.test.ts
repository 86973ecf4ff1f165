import { describe, expect, it } from "vitest";
import { renderEmail } from "@/emails";
import { step1Schema, step2Schema, step3Schema, step4Schema } from "@/lib/onboarding/schemas";
import { TAX_ID_MESSAGES } from "@/lib/tax-id";

const company = {
  companyName: "Yılmaz Butik",
  taxId: "454 053 6920",
  taxOffice: "Kadıköy",
  contactName: "Ayşe Yılmaz",
  email: " Ayse@Butik.COM.tr ",
  phone: "0532 123 45 67",
};

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("onboarding step schemas", () => {
  it("step 1 normalises the tax number, e-mail and phone, and names a wrong check digit in Turkish", () => {
    expect(step1Schema.parse(company)).toMatchObject({
      taxId: "4540536920",
      email: "ayse@butik.com.tr",
      phone: "+905321234567",
    });
    expect(errors(step1Schema.safeParse({ ...company, taxId: "4540536921" }))).toEqual({
      taxId: TAX_ID_MESSAGES.checksum,
    });
    expect(errors(step1Schema.safeParse({ ...company, taxOffice: " " }))).toEqual({ taxOffice: "Vergi dairesi girin" });
    expect(errors(step1Schema.safeParse({ ...company, companyName: " ", email: "yok" }))).toMatchObject({
      companyName: "Firma adı girin",
      email: "Geçerli bir e-posta adresi girin",
    });
  });

  it("step 2 takes one or several ticked categories from the quote form's list, and at least one", () => {
    expect(step2Schema.parse({ serviceType: "standard", productCategories: "Kitap" }).productCategories).toEqual([
      "Kitap",
    ]);
    expect(
      step2Schema.parse({ serviceType: "premium", productCategories: ["Giyim", "Ev ve yaşam"] }).productCategories,
    ).toEqual(["Giyim", "Ev ve yaşam"]);
    expect(errors(step2Schema.safeParse({ serviceType: "standard" }))).toEqual({
      productCategories: "En az bir ürün türü seçin",
    });
    expect(errors(step2Schema.safeParse({ serviceType: "gold", productCategories: ["Çanta"] }))).toMatchObject({
      serviceType: "Bir hizmet türü seçin",
    });
  });

  it("step 3 checks the chosen platform's fields and accepts a stored secret still shown masked", () => {
    expect(step3Schema.safeParse({ platform: "none" }).success).toBe(true);
    expect(
      step3Schema.safeParse({ platform: "shopify", shopDomain: "magaza", accessToken: "shpat_••••3f9a" }).success,
    ).toBe(true);
    expect(errors(step3Schema.safeParse({ platform: "shopify", shopDomain: "", accessToken: "" }))).toEqual({
      shopDomain: "Mağaza alan adı girin",
      accessToken: "Admin API erişim anahtarı girin",
    });
    expect(
      errors(
        step3Schema.safeParse({
          platform: "woocommerce",
          siteUrl: "http://magaza.com",
          consumerKey: "ck_1",
          consumerSecret: "cs_1",
        }),
      ),
    ).toHaveProperty("siteUrl");
  });

  it("step 4 needs both acceptances and the same password twice", () => {
    const password = "Guclu-Sifre-2026";
    expect(
      step4Schema.safeParse({ acceptAgreement: "on", acceptKvkk: "on", password, passwordConfirm: password }).success,
    ).toBe(true);
    expect(
      errors(
        step4Schema.safeParse({
          acceptAgreement: "on",
          acceptKvkk: "on",
          password,
          passwordConfirm: "Baska-Sifre-2026",
        }),
      ),
    ).toEqual({
      passwordConfirm: "Şifreler aynı değil",
    });
    expect(Object.keys(errors(step4Schema.safeParse({ password, passwordConfirm: password })))).toEqual([
      "acceptAgreement",
      "acceptKvkk",
    ]);
  });
});

describe("onboarding e-mails", () => {
  it("the resume e-mail carries the link, and the activation e-mail names the service and the shop", async () => {
    const resume = await renderEmail("onboarding-resume", {
      name: "Ayşe",
      companyName: "Yılmaz Butik",
      resumeUrl: "https://cardak.example/basla?devam=t0k3n",
    });
    expect(resume.subject).toBe("Başvurunuza kaldığınız yerden devam edin");
    expect(resume.text).toContain("https://cardak.example/basla?devam=t0k3n");
    const activated = await renderEmail("service-activated", {
      name: "Ayşe",
      companyName: "Yılmaz Butik",
      serviceLabel: "Premium",
      email: "ayse@butik.com.tr",
      panelUrl: "https://cardak.example/panel",
      integrationLabel: "Shopify (Yılmaz Butik)",
    });
    expect(activated.subject).toContain("Hizmetiniz aktif");
    expect(activated.text).toContain("Premium paketleme hizmetiniz aktif");
    expect(activated.text).toContain("Bağlı mağazanız: Shopify (Yılmaz Butik)");
  });
});
