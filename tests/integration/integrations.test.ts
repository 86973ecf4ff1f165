import { afterEach, describe, expect, it } from "vitest";
import { maskSecret } from "@/lib/crypto";
import {
  maskCredentials,
  parseCredentials,
  platformFields,
  type Platform,
  type VerifyResult,
} from "@/lib/integrations";
import { DEFAULT_TIMEOUT_MS } from "@/lib/integrations/http";
import { verifyCredentials } from "@/lib/integrations/verify";
import {
  HEPSIBURADA_MERCHANT_ID,
  HEPSIBURADA_ROUTE,
  hepsiburadaRoutes,
  SHOPIFY_SHOP_ROUTE,
  shopifyRoutes,
  startFakePlatform,
  TICIMAX_ROUTE,
  ticimaxCurrencies,
  ticimaxFault,
  ticimaxRoutes,
  WOO_INDEX_ROUTE,
  WOO_SETTINGS_ROUTE,
  woocommerceRoutes,
  type FakePlatform,
  type Routes,
} from "@/tests/fakes/platforms";

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

const SHOPIFY_TOKEN = "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";
const WOO_KEY = "ck_0123456789abcdef0123456789abcdef01234567";
const WOO_SECRET = "cs_fedcba9876543210fedcba9876543210fedc7654";
const TICIMAX_CODE = "3KF956KB3FBE4NIYPQTYKYGF66NHDJ";
const HB_USER = "cardak_dev";
const HB_KEY = "Ab12Cd34Ef56";

type Case = {
  platform: Platform;
  routes: Routes;
  route: string;
  input: Record<string, string>;
  shopName: string;
  secrets: string[];
  refused: RegExp;
  expectCredentialsSent(fake: FakePlatform): void;
};

const cases: Case[] = [
  {
    platform: "shopify",
    routes: shopifyRoutes,
    route: SHOPIFY_SHOP_ROUTE,
    input: { shopDomain: "https://Magaza.myshopify.com/admin", accessToken: SHOPIFY_TOKEN },
    shopName: "Çardak Deneme Mağazası",
    secrets: [SHOPIFY_TOKEN],
    refused: /^Shopify Admin API erişim anahtarı geçersiz/,
    expectCredentialsSent(fake) {
      const [request] = fake.requestsTo(SHOPIFY_SHOP_ROUTE);
      expect(request?.headers["x-shopify-access-token"]).toBe(SHOPIFY_TOKEN);
      expect(request?.headers.authorization).toBeUndefined();
    },
  },
  {
    platform: "woocommerce",
    routes: woocommerceRoutes,
    route: WOO_SETTINGS_ROUTE,
    input: { siteUrl: "www.magaza.com/wp-admin/", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET },
    shopName: "Ayşe & Kızı Butik",
    secrets: [WOO_KEY, WOO_SECRET],
    refused: /^WooCommerce erişim anahtarı geçersiz/,
    expectCredentialsSent(fake) {
      expect(fake.requestsTo(WOO_SETTINGS_ROUTE)[0]?.headers.authorization).toBe(basic(WOO_KEY, WOO_SECRET));
      // The site title is public: the keys do not go where they are not needed.
      const index = fake.requestsTo(WOO_INDEX_ROUTE);
      expect(index).toHaveLength(1);
      expect(index[0]?.headers.authorization).toBeUndefined();
    },
  },
  {
    platform: "ticimax",
    routes: ticimaxRoutes,
    route: TICIMAX_ROUTE,
    input: { siteUrl: "https://www.magaza.com/", authCode: TICIMAX_CODE },
    shopName: "www.magaza.com",
    secrets: [TICIMAX_CODE],
    refused: /^Ticimax web servis yetki kodu geçersiz/,
    expectCredentialsSent(fake) {
      const [request] = fake.requestsTo(TICIMAX_ROUTE);
      expect(request?.headers.soapaction).toBe('"http://tempuri.org/IUrunServis/SelectParaBirimi"');
      expect(request?.headers["content-type"]).toMatch(/^text\/xml/);
      expect(request?.body).toContain(`<UyeKodu>${TICIMAX_CODE}</UyeKodu>`);
    },
  },
  {
    platform: "hepsiburada",
    routes: hepsiburadaRoutes,
    route: HEPSIBURADA_ROUTE,
    input: { merchantId: HEPSIBURADA_MERCHANT_ID, username: HB_USER, password: HB_KEY },
    shopName: `Hepsiburada mağazası ${HEPSIBURADA_MERCHANT_ID}`,
    secrets: [HB_KEY],
    refused: /^Hepsiburada erişim bilgileri geçersiz/,
    expectCredentialsSent(fake) {
      const [request] = fake.requestsTo(HEPSIBURADA_ROUTE);
      expect(request?.headers.authorization).toBe(basic(HEPSIBURADA_MERCHANT_ID, HB_KEY));
      expect(request?.headers["user-agent"]).toBe(HB_USER);
      expect(request?.query.get("limit")).toBe("1");
    },
  },
];

let fake: FakePlatform | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function run(testCase: Case, options: { timeoutMs?: number } = {}): Promise<VerifyResult> {
  const parsed = parseCredentials(testCase.platform, testCase.input);
  if (!parsed.ok) throw new Error(`fixture credentials refused: ${JSON.stringify(parsed.fieldErrors)}`);
  return verifyCredentials(testCase.platform, parsed.credentials, { baseUrl: fake?.baseUrl, ...options });
}

function expectNoSecrets(result: VerifyResult, secrets: string[]) {
  const text = JSON.stringify(result);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe.each(cases)("$platform connector against a local fake", (testCase) => {
  it("on success gives the shop's name, having sent the credentials the platform's way", async () => {
    fake = await startFakePlatform(testCase.routes);
    expect(await run(testCase)).toEqual({ ok: true, shopName: testCase.shopName });
    testCase.expectCredentialsSent(fake);
  });

  it("on refused credentials says so in Turkish, naming the platform", async () => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: "unauthorized" });
    const result = await run(testCase);
    expect(result).toMatchObject({ ok: false, reason: "bad_credentials" });
    expect(result.ok ? "" : result.message).toMatch(testCase.refused);
    expectNoSecrets(result, testCase.secrets);
  });

  it("on a plain HTTP 401 gives bad_credentials", async () => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: { status: 401, body: "" } });
    const result = await run(testCase);
    expect(result).toMatchObject({
      ok: false,
      reason: "bad_credentials",
      message: expect.stringMatching(testCase.refused),
    });
  });

  it("on a malformed answer gives unexpected", async () => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: "malformed" });
    const result = await run(testCase);
    expect(result).toMatchObject({ ok: false, reason: "unexpected" });
    expect(result.ok ? "" : result.message).toMatch(/beklenmeyen bir yanıt verdi/);
    expectNoSecrets(result, testCase.secrets);
  });

  it("on a server error gives unexpected with the status", async () => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: { status: 503, body: "Service Unavailable" } });
    const result = await run(testCase);
    expect(result).toMatchObject({ ok: false, reason: "unexpected", message: expect.stringContaining("HTTP 503") });
  });

  it("on a platform that never answers gives unreachable once the timeout passes", async () => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: "hang" });
    const started = Date.now();
    const result = await run(testCase, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ ok: false, reason: "unreachable" });
    expect(result.ok ? "" : result.message).toMatch(/^Mağazaya ulaşılamadı: .+ 0,3 saniye içinde yanıt vermedi/);
    expectNoSecrets(result, testCase.secrets);
  });

  it("on a closed port gives unreachable", async () => {
    fake = await startFakePlatform(testCase.routes);
    const { baseUrl } = fake;
    await fake.close();
    fake = undefined;
    const parsed = parseCredentials(testCase.platform, testCase.input);
    if (!parsed.ok) throw new Error("fixture credentials refused");
    const result = await verifyCredentials(testCase.platform, parsed.credentials, { baseUrl });
    expect(result).toMatchObject({ ok: false, reason: "unreachable", message: expect.stringMatching(/bağlanılamadı/) });
  });

  it("does not follow a redirect, and names where it points", async () => {
    const redirect = { status: 301, body: "", headers: { Location: "https://baska-magaza.com/yeni" } };
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: redirect });
    const result = await run(testCase);
    expect(result).toMatchObject({
      ok: false,
      reason: "unexpected",
      message: expect.stringContaining("baska-magaza.com"),
    });
    expect(fake.requests).toHaveLength(1);
  });
});

it("waits 10 seconds by default", () => {
  expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
});

describe("platform specifics", () => {
  const [, woo, ticimax] = cases as [Case, Case, Case, Case];

  it("WooCommerce: a key without read access is told apart", async () => {
    const cannotView = {
      status: 401,
      body: JSON.stringify({
        code: "woocommerce_rest_cannot_view",
        message: "Sorry, you cannot list resources.",
        data: { status: 401 },
      }),
    };
    fake = await startFakePlatform(woocommerceRoutes, { [WOO_SETTINGS_ROUTE]: cannotView });
    const result = await run(woo);
    expect(result).toMatchObject({
      ok: false,
      reason: "bad_credentials",
      message: expect.stringContaining("okuma izni"),
    });
  });

  it("WooCommerce: without a site title the shop is named by its host", async () => {
    fake = await startFakePlatform(woocommerceRoutes, { [WOO_INDEX_ROUTE]: "malformed" });
    expect(await run(woo)).toEqual({ ok: true, shopName: "www.magaza.com" });
  });

  it("Ticimax: an empty currency list means the code was not accepted", async () => {
    fake = await startFakePlatform(ticimaxRoutes, { [TICIMAX_ROUTE]: { status: 200, body: ticimaxCurrencies("") } });
    expect(await run(ticimax)).toMatchObject({ ok: false, reason: "bad_credentials" });
  });

  it("Ticimax: another fault is reported by its status, never by its text", async () => {
    const fault = { status: 500, body: ticimaxFault(`Sunucu meşgul (${TICIMAX_CODE})`) };
    fake = await startFakePlatform(ticimaxRoutes, { [TICIMAX_ROUTE]: fault });
    const result = await run(ticimax);
    expect(result).toMatchObject({
      ok: false,
      reason: "unexpected",
      message: expect.stringContaining("web servis hata verdi (HTTP 500)"),
    });
    expect(result.ok ? "" : result.message).not.toContain("Sunucu meşgul");
    expectNoSecrets(result, [TICIMAX_CODE]);
  });
});

describe("credential schemas", () => {
  it.each(cases.map((testCase) => testCase.platform))(
    "%s refuses every missing field with its Turkish label",
    (platform) => {
      const parsed = parseCredentials(platform, {});
      expect(parsed.ok).toBe(false);
      const errors = parsed.ok ? {} : (parsed.fieldErrors as Record<string, string[]>);
      for (const field of platformFields[platform]) {
        expect(errors[field.name]).toEqual([`${field.label} girin`]);
      }
    },
  );

  it("labels the fields as the wizard shows them", () => {
    const labels = Object.fromEntries(
      Object.entries(platformFields).map(([platform, fields]) => [platform, fields.map((f) => f.label)]),
    );
    expect(labels).toEqual({
      shopify: ["Mağaza alan adı", "Admin API erişim anahtarı"],
      woocommerce: ["Site adresi", "Tüketici anahtarı (Consumer key)", "Tüketici gizli anahtarı (Consumer secret)"],
      ticimax: ["Site adresi", "Web servis yetki kodu"],
      hepsiburada: ["Mağaza ID (Merchant ID)", "Kullanıcı adı", "Şifre"],
    });
  });

  it.each([
    ["shopify", { shopDomain: "magaza", accessToken: SHOPIFY_TOKEN }, { shopDomain: "magaza.myshopify.com" }],
    [
      "shopify",
      { shopDomain: "admin.shopify.com/store/magaza/products", accessToken: SHOPIFY_TOKEN },
      { shopDomain: "magaza.myshopify.com" },
    ],
    [
      "woocommerce",
      { siteUrl: "https://magaza.com/shop/wp-json/wc/v3", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET },
      { siteUrl: "https://magaza.com/shop" },
    ],
    [
      "ticimax",
      { siteUrl: "magaza.com.tr/UyeGiris?x=1", authCode: TICIMAX_CODE },
      { siteUrl: "https://magaza.com.tr" },
    ],
  ] as const)("%s normalises what users paste", (platform, input, expected) => {
    const parsed = parseCredentials(platform, input);
    expect(parsed).toMatchObject({ ok: true, credentials: expected });
  });

  it.each([
    [
      "shopify",
      { shopDomain: "magaza.com", accessToken: SHOPIFY_TOKEN },
      "shopDomain",
      "magaza.myshopify.com biçiminde",
    ],
    [
      "shopify",
      { shopDomain: "magaza", accessToken: "shpat_ abc" },
      "accessToken",
      "boşluk ya da Türkçe karakter içeremez",
    ],
    [
      "woocommerce",
      { siteUrl: "http://magaza.com", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET },
      "siteUrl",
      "https:// ile başlamalıdır",
    ],
    [
      "woocommerce",
      { siteUrl: "https://127.0.0.1", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET },
      "siteUrl",
      "geçerli bir adres",
    ],
    [
      "woocommerce",
      { siteUrl: "https://localhost", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET },
      "siteUrl",
      "geçerli bir adres",
    ],
    [
      "woocommerce",
      { siteUrl: "magaza.com", consumerKey: WOO_SECRET, consumerSecret: WOO_SECRET },
      "consumerKey",
      "ck_ ile başlamalıdır",
    ],
    [
      "woocommerce",
      { siteUrl: "magaza.com", consumerKey: WOO_KEY, consumerSecret: WOO_KEY },
      "consumerSecret",
      "cs_ ile başlamalıdır",
    ],
    ["hepsiburada", { merchantId: "12345", username: HB_USER, password: HB_KEY }, "merchantId", "36 karakterlik"],
  ] as const)("%s refuses %j on %s", (platform, input, field, message) => {
    const parsed = parseCredentials(platform, input);
    const errors = parsed.ok ? {} : (parsed.fieldErrors as Record<string, string[]>);
    expect(errors[field]?.[0]).toContain(message);
  });

  it("masks only the secret fields for the browser", () => {
    for (const testCase of cases) {
      const parsed = parseCredentials(testCase.platform, testCase.input);
      if (!parsed.ok) throw new Error("fixture credentials refused");
      const masked = JSON.stringify(maskCredentials(testCase.platform, parsed.credentials, maskSecret));
      for (const secret of testCase.secrets) expect(masked).not.toContain(secret);
    }
    const parsed = parseCredentials("shopify", cases[0]?.input);
    expect(parsed.ok && maskCredentials("shopify", parsed.credentials, maskSecret)).toEqual({
      shopDomain: "magaza.myshopify.com",
      accessToken: "shpat_••••3f9a",
    });
  });
});
