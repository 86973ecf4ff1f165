/**
 * Drives the wizard's actions the way the browser does: the cookie holding the resume token is a
 * variable here (see the mock of app/(onboarding)/basla/cookie in the onboarding tests).
 */
export const cookieJar = { token: null as string | null };

export const onboardingCookieMock = {
  ONBOARDING_COOKIE: "cardak_basla",
  onboardingCookieOptions: () => ({}),
  readOnboardingToken: async () => cookieJar.token,
  writeOnboardingToken: async (token: string) => {
    cookieJar.token = token;
  },
  clearOnboardingToken: async () => {
    cookieJar.token = null;
  },
};

export const company = {
  companyName: "Yılmaz Butik Ltd. Şti.",
  taxId: "4540536920",
  taxOffice: "Kadıköy",
  contactName: "Ayşe Yılmaz",
  email: "ayse@yilmazbutik.com.tr",
  phone: "0532 123 45 67",
};

export const service = {
  serviceType: "premium" as const,
  productCategories: ["Giyim", "Kozmetik"],
  specialRequirements: "Kırılgan şişeler var",
};

export const SHOPIFY_TOKEN = "shpat_0123456789abcdef0123456789ab3f9a";
export const shopify = {
  platform: "shopify" as const,
  shopDomain: "yilmaz-butik.myshopify.com",
  accessToken: SHOPIFY_TOKEN,
};

export const PASSWORD = "Guclu-Magaza-Sifresi-2026";
export const activation = { acceptAgreement: "on", acceptKvkk: "on", password: PASSWORD, passwordConfirm: PASSWORD };
