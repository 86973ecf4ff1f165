import "./helpers/next-mocks";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activateAccountAction, completeProfileAction } from "@/app/(onboarding)/basla/activate-action";
import {
  saveCompanyStepAction,
  saveIntegrationStepAction,
  saveServiceStepAction,
} from "@/app/(onboarding)/basla/actions";
import { getDb, query } from "@/db";
import { isCustomerProfileIncomplete } from "@/db/queries/customer-account";
import { auditLogs, customers, emails, integrations, onboardingSessions, quoteRequests, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { decryptJson } from "@/lib/crypto";
import { resetEnvCache } from "@/lib/env";
import { loadWizard } from "@/lib/onboarding/state";
import { TAX_ID_MESSAGES } from "@/lib/tax-id";
import { sha256Hex } from "@/lib/tokens";
import { SHOPIFY_SHOP_ROUTE, shopifyRoutes, startFakePlatform, type FakePlatform } from "../fakes/platforms";
import { fromAddress, signInAs } from "./helpers/request";
import { activation, company, cookieJar, service, shopify, SHOPIFY_TOKEN } from "./helpers/onboarding";
import { expectRedirect, redirectTargetOf } from "./helpers/redirect";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("@/lib/auth", () => ({ signIn, signOut: vi.fn(), auth: vi.fn(async () => null) }));

let fake: FakePlatform | undefined;

beforeEach(async () => {
  cookieJar.token = null;
  signInAs(null);
  signIn.mockClear();
  fake = await startFakePlatform(shopifyRoutes);
  process.env.SHOPIFY_API_BASE_URL = fake.baseUrl;
  resetEnvCache();
});

afterEach(async () => {
  delete process.env.SHOPIFY_API_BASE_URL;
  resetEnvCache();
  await fake?.close();
  fake = undefined;
});

async function count(table: typeof customers | typeof users | typeof integrations) {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row!.n;
}

async function throughStep3() {
  await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
  await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
  const tested = await saveIntegrationStepAction(null, { ...shopify, intent: "test" });
  expect(tested).toMatchObject({ ok: true, message: "Bağlandı: Çardak Deneme Mağazası" });
  await expectRedirect(saveIntegrationStepAction(null, { ...shopify, intent: "next" }), "/basla?adim=4");
}

describe("onboarding steps", () => {
  it("step 1 opens a session found by a 256-bit token stored only as its SHA-256, and e-mails the resume link", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    const token = cookieJar.token!;
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
    const db = await getDb();
    const [session] = await db.select().from(onboardingSessions);
    expect(session).toMatchObject({ resumeTokenHash: sha256Hex(token), currentStep: 2, status: "in_progress" });
    expect(session!.step1).toMatchObject({
      taxId: "4540536920",
      phone: "+905321234567",
      email: "ayse@yilmazbutik.com.tr",
    });
    expect(JSON.stringify(session)).not.toContain(token);
    const [mail] = await db.select().from(emails).where(eq(emails.template, "onboarding-resume"));
    expect(mail).toMatchObject({ recipient: company.email });
    expect(mail!.data.resumeUrl).toContain(`/basla?devam=${token}`);
  });

  it("refuses a wrong tax number checksum and an e-mail that already has an account, saving nothing", async () => {
    const db = await getDb();
    await db.insert(users).values({
      email: "Ayse@YilmazButik.com.tr",
      name: "Ayşe",
      passwordHash: await hashPassword("Baska-Sifre-2026"),
      role: "admin",
    });
    const result = await saveCompanyStepAction(null, { ...company, taxId: "4540536921" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { taxId: [TAX_ID_MESSAGES.checksum] } });
    const taken = await saveCompanyStepAction(null, company);
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("hesap zaten var")] } });
    expect(await db.select().from(onboardingSessions)).toHaveLength(0);
    expect(cookieJar.token).toBeNull();
  });

  it("names an e-mail and a tax number that both have accounts, each on its own field", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");

    cookieJar.token = null;
    expect(await saveCompanyStepAction(null, company)).toMatchObject({
      ok: false,
      fieldErrors: {
        email: [expect.stringContaining("hesap zaten var")],
        taxId: [expect.stringContaining("vergi numarasıyla kayıtlı")],
      },
    });
    expect(cookieJar.token).toBeNull();
  });

  it("step 3 saves connected with the shop's name, or failed with the Turkish error, and keeps only the masked form readable", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");

    fake!.behave(SHOPIFY_SHOP_ROUTE, "unauthorized");
    const failed = await saveIntegrationStepAction(null, { ...shopify, intent: "test" });
    expect(failed).toMatchObject({
      ok: true,
      data: {
        integration: {
          status: "failed",
          lastError: expect.stringMatching(/^Shopify Admin API erişim anahtarı geçersiz/),
        },
      },
    });
    const db = await getDb();
    expect(
      await db.select({ status: integrations.status, lastError: integrations.lastError }).from(integrations),
    ).toEqual([{ status: "failed", lastError: expect.stringContaining("geçersiz") }]);

    fake!.behave(SHOPIFY_SHOP_ROUTE, "success");
    const connected = await saveIntegrationStepAction(null, { ...shopify, intent: "test" });
    expect(connected).toMatchObject({ ok: true, message: "Bağlandı: Çardak Deneme Mağazası" });
    expect(JSON.stringify(connected)).not.toContain(SHOPIFY_TOKEN);
    expect(fake!.requestsTo(SHOPIFY_SHOP_ROUTE).at(-1)?.headers["x-shopify-access-token"]).toBe(SHOPIFY_TOKEN);

    const [row] = await db.select().from(integrations);
    expect(row).toMatchObject({
      platform: "shopify",
      status: "connected",
      shopName: "Çardak Deneme Mağazası",
      lastError: null,
    });
    expect(row!.credentialsMasked).toEqual({ shopDomain: shopify.shopDomain, accessToken: "shpat_••••3f9a" });
    expect(row!.credentialsEncrypted).not.toContain(SHOPIFY_TOKEN);
    expect(decryptJson(row!.credentialsEncrypted)).toEqual({
      shopDomain: shopify.shopDomain,
      accessToken: SHOPIFY_TOKEN,
    });

    // Coming back: the page gets the masked form only, and sending it back keeps the stored secret.
    const wizard = await loadWizard({ token: cookieJar.token, requestedStep: "3" });
    expect(wizard).toMatchObject({
      kind: "open",
      shown: 3,
      integration: { masked: { accessToken: "shpat_••••3f9a" }, status: "connected" },
    });
    expect(JSON.stringify(wizard)).not.toContain(SHOPIFY_TOKEN);
    await expectRedirect(
      saveIntegrationStepAction(null, {
        platform: "shopify",
        shopDomain: shopify.shopDomain,
        accessToken: "shpat_••••3f9a",
        intent: "next",
      }),
      "/basla?adim=4",
    );
    const [kept] = await db.select().from(integrations);
    expect(decryptJson(kept!.credentialsEncrypted)).toEqual({
      shopDomain: shopify.shopDomain,
      accessToken: SHOPIFY_TOKEN,
    });
    expect(kept!.status).toBe("connected");
  });

  it("a reload shows the step reached with everything entered; going back shows step 1's data", async () => {
    await throughStep3();
    const resumed = await loadWizard({ token: cookieJar.token });
    expect(resumed).toMatchObject({
      kind: "open",
      reached: 4,
      shown: 4,
      step1: { ...company, phone: "0532 123 45 67" },
      step2: service,
      platform: "shopify",
    });
    expect(await loadWizard({ token: cookieJar.token, requestedStep: "1" })).toMatchObject({
      shown: 1,
      reached: 4,
      step1: { companyName: company.companyName },
    });
  });
});

describe("activation", () => {
  it("creates exactly one customer, user and integration when the final action is sent twice at once", async () => {
    await throughStep3();
    const token = cookieJar.token!;
    const results = await Promise.allSettled([
      activateAccountAction(null, activation),
      activateAccountAction(null, activation),
    ]);
    const redirected = results.filter((r) => r.status === "rejected" && redirectTargetOf(r.reason) === "/panel");
    const refused = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect(refused).toEqual([
      {
        status: "fulfilled",
        value: expect.objectContaining({ ok: false, formError: expect.stringContaining("zaten tamamlandı") }),
      },
    ]);

    expect(await count(customers)).toBe(1);
    expect(await count(users)).toBe(2); // the seeded admin and the new customer user
    const db = await getDb();
    const [customer] = await db.select().from(customers);
    expect(customer).toMatchObject({
      status: "active",
      taxId: company.taxId,
      serviceType: "premium",
      productCategories: ["Giyim", "Kozmetik"],
      agreementVersion: "2026-01",
      kvkkVersion: "2026-01",
    });
    expect(customer!.agreementAcceptedAt).toBeInstanceOf(Date);
    const [user] = await db.select().from(users).where(eq(users.role, "customer"));
    expect(user).toMatchObject({ email: company.email, customerId: customer!.id });
    expect(
      await db.select({ customerId: integrations.customerId, status: integrations.status }).from(integrations),
    ).toEqual([{ customerId: customer!.id, status: "connected" }]);
    const [session] = await db
      .select()
      .from(onboardingSessions)
      .where(eq(onboardingSessions.resumeTokenHash, sha256Hex(token)));
    expect(session).toMatchObject({ status: "completed", customerId: customer!.id });
    const activated = await db.select().from(emails).where(eq(emails.template, "service-activated"));
    expect(activated).toHaveLength(1);
    expect(activated[0]!.recipient).toBe(company.email);
    const actions = (await db.select({ action: auditLogs.action }).from(auditLogs)).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(["customer.created", "user.created", "integration.linked", "onboarding.completed"]),
    );
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: company.email,
      password: activation.password,
      redirect: false,
    });

    // Sending it again later still changes nothing.
    cookieJar.token = token;
    expect(await activateAccountAction(null, activation)).toMatchObject({ ok: false });
    expect(await count(customers)).toBe(1);
  });

  it("refuses an e-mail or a tax number that got an account after step 1, and creates nothing", async () => {
    await throughStep3();
    const db = await getDb();
    const [other] = await db
      .insert(customers)
      .values({ ...company, email: "baska@firma.com.tr", phone: "+905321234567" })
      .returning({ id: customers.id });
    expect(await activateAccountAction(null, activation)).toEqual({
      ok: false,
      formError: "Bu vergi numarasıyla kayıtlı bir müşterimiz var. Giriş yaparak devam edin.",
    });
    await db.delete(customers).where(eq(customers.id, other!.id));
    await db.insert(users).values({
      email: company.email.toUpperCase(),
      name: "Başkası",
      passwordHash: await hashPassword("Baska-Sifre-2026"),
      role: "admin",
    });
    expect(await activateAccountAction(null, activation)).toEqual({
      ok: false,
      formError: "Bu e-posta adresiyle bir hesap zaten var. Giriş yaparak devam edin.",
    });
    expect(await count(customers)).toBe(0);
    const [session] = await db.select({ status: onboardingSessions.status }).from(onboardingSessions);
    expect(session!.status).toBe("in_progress");
  });

  it("an address given at step 1 (optional) is the customer's invoice address, shown again on a reload", async () => {
    const address = { address: "Caferağa Mah. Moda Cad. No: 5", city: "İstanbul" };
    await expectRedirect(saveCompanyStepAction(null, { ...company, ...address }), "/basla?adim=2");
    expect(await loadWizard({ token: cookieJar.token, requestedStep: "1" })).toMatchObject({ step1: address });
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none", intent: "next" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");
    const db = await getDb();
    const [customer] = await db.select({ address: customers.address, city: customers.city }).from(customers);
    expect(customer).toEqual(address);
  });

  it("a half-finished session creates nothing", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
    const result = await activateAccountAction(null, activation);
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("eksik") });
    expect(await count(customers)).toBe(0);
    expect(await count(integrations)).toBe(0);
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.role, "customer"))).toHaveLength(0);
    const [session] = await db.select({ status: onboardingSessions.status }).from(onboardingSessions);
    expect(session!.status).toBe("in_progress");
  });

  it("refuses a common password and unticked consents on the server", async () => {
    await throughStep3();
    const unticked = await activateAccountAction(null, {
      ...activation,
      acceptAgreement: undefined,
      acceptKvkk: undefined,
    });
    expect(unticked).toMatchObject({
      ok: false,
      fieldErrors: { acceptAgreement: [expect.any(String)], acceptKvkk: [expect.any(String)] },
    });
    const common = await activateAccountAction(null, {
      ...activation,
      password: "1234567890",
      passwordConfirm: "1234567890",
    });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("yaygın")] } });
    expect(await count(customers)).toBe(0);
  });
});

describe("isolation and quotes", () => {
  it("another session's token cannot reach its data", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    const first = cookieJar.token!;
    cookieJar.token = null;
    await expectRedirect(
      saveCompanyStepAction(null, { ...company, companyName: "Başka Firma A.Ş.", email: "info@baska.com.tr" }),
      "/basla?adim=2",
    );
    const second = cookieJar.token!;
    expect(second).not.toBe(first);

    const seenBySecond = await loadWizard({ token: second });
    expect(seenBySecond).toMatchObject({ kind: "open", step1: { companyName: "Başka Firma A.Ş." } });
    expect(JSON.stringify(seenBySecond)).not.toContain(company.companyName);
    const db = await getDb();
    const [firstRow] = await db
      .select({ id: onboardingSessions.id })
      .from(onboardingSessions)
      .where(eq(onboardingSessions.resumeTokenHash, sha256Hex(first)));
    const oneCharOff = `${first.slice(0, -1)}${first.endsWith("A") ? "B" : "A"}`;
    for (const guess of [firstRow!.id, sha256Hex(first), oneCharOff]) {
      expect(await loadWizard({ token: guess })).toMatchObject({
        kind: "open",
        reached: 1,
        step1: { companyName: "" },
      });
    }
    // Writing with the second token leaves the first session as it was.
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
    const [untouched] = await db.select().from(onboardingSessions).where(eq(onboardingSessions.id, firstRow!.id));
    expect(untouched).toMatchObject({ currentStep: 2, step2: null });
  });

  it("an accepted quote's link prefills steps 1 and 2, and its accepted price becomes the contract price", async () => {
    const db = await getDb();
    const quoteToken = "kabul-edilmis-teklif-anahtari-0123456789";
    const [quote] = await db
      .insert(quoteRequests)
      .values({
        referenceNumber: "TKF-2026-000042",
        companyName: company.companyName,
        contactName: company.contactName,
        email: company.email,
        phone: "+905321234567",
        monthlyVolume: "251-500",
        productTypes: ["Kozmetik", "Kitap"],
        specialRequirements: "Cam şişeler",
        status: "accepted",
        calculatedUnitPrice: 3500,
        quotedUnitPrice: 3300,
        acceptedUnitPrice: 3300,
        publicTokenHash: sha256Hex(quoteToken),
      })
      .returning({ id: quoteRequests.id });
    const prefilled = await loadWizard({ token: null, quoteToken });
    expect(prefilled).toMatchObject({
      shown: 1,
      step1: { companyName: company.companyName, email: company.email, phone: "0532 123 45 67", taxId: "" },
    });
    expect(await loadWizard({ token: null, quoteToken: "baska-bir-anahtar" })).toMatchObject({
      step1: { companyName: "" },
    });

    await expectRedirect(saveCompanyStepAction(null, { ...company, quoteToken }), "/basla?adim=2");
    expect(await loadWizard({ token: cookieJar.token })).toMatchObject({
      shown: 2,
      step2: { serviceType: "custom", productCategories: ["Kozmetik", "Kitap"], specialRequirements: "Cam şişeler" },
    });
    await expectRedirect(
      saveServiceStepAction(null, { serviceType: "custom", productCategories: ["Kozmetik", "Kitap"] }),
      "/basla?adim=3",
    );
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");
    const [customer] = await db.select().from(customers);
    expect(customer).toMatchObject({ serviceType: "custom", contractUnitPrice: 3300, declaredVolume: "251-500" });
    const [linked] = await db
      .select({ customerId: quoteRequests.customerId })
      .from(quoteRequests)
      .where(eq(quoteRequests.id, quote!.id));
    expect(linked!.customerId).toBe(customer!.id);
    expect(await count(integrations)).toBe(0);
  });
});

describe("contract prices", () => {
  it("refuses the custom service without an accepted offer, at step 2", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    const refused = await saveServiceStepAction(null, { ...service, serviceType: "custom" });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { serviceType: [expect.stringContaining("kabul edilmiş bir teklifle")] },
    });
    const db = await getDb();
    const [session] = await db.select().from(onboardingSessions);
    expect(session).toMatchObject({ currentStep: 2, step2: null });
  });

  it("gives an offer's price to one account only", async () => {
    const db = await getDb();
    const quoteToken = "tek-hesaplik-teklif-anahtari-0123456789";
    await db.insert(quoteRequests).values({
      referenceNumber: "TKF-2026-000043",
      companyName: company.companyName,
      contactName: company.contactName,
      email: company.email,
      phone: "+905321234567",
      monthlyVolume: "251-500",
      productTypes: ["Kozmetik"],
      status: "accepted",
      calculatedUnitPrice: 3500,
      quotedUnitPrice: 3100,
      acceptedUnitPrice: 3100,
      publicTokenHash: sha256Hex(quoteToken),
    });
    async function activateFromQuote(overrides: { taxId: string; email: string }, serviceType: "custom" | "standard") {
      cookieJar.token = null;
      await expectRedirect(saveCompanyStepAction(null, { ...company, ...overrides, quoteToken }), "/basla?adim=2");
      await expectRedirect(saveServiceStepAction(null, { ...service, serviceType }), "/basla?adim=3");
      await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
      return activateAccountAction(null, activation);
    }
    // The forwarded link is opened twice; the first activation takes the price.
    await expectRedirect(activateFromQuote({ taxId: "4540536920", email: "ilk@firma.com.tr" }, "custom"), "/panel");
    const second = await activateFromQuote({ taxId: "17291716060", email: "ikinci@firma.com.tr" }, "custom");
    expect(second).toMatchObject({ ok: false, formError: expect.stringContaining("kabul edilmiş bir teklifle") });
    await expectRedirect(
      activateFromQuote({ taxId: "10000000146", email: "ucuncu@firma.com.tr" }, "standard"),
      "/panel",
    );
    const rows = await db
      .select({ email: customers.email, price: customers.contractUnitPrice })
      .from(customers)
      .orderBy(customers.email);
    expect(rows).toEqual([
      { email: "ilk@firma.com.tr", price: 3100 },
      { email: "ucuncu@firma.com.tr", price: null },
    ]);
  });
});

describe("limits", () => {
  it("opens at most five sessions an hour for one e-mail, so the form cannot flood an inbox", async () => {
    for (let i = 0; i < 5; i++) {
      cookieJar.token = null;
      await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    }
    cookieJar.token = null;
    expect(await saveCompanyStepAction(null, company)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Çok fazla deneme yapıldı/),
    });
    const db = await getDb();
    expect(await db.select().from(emails).where(eq(emails.template, "onboarding-resume"))).toHaveLength(5);
  });
});

describe("existence answers of step 1", () => {
  /** Submits step 1 with another e-mail: "answered" when the form went on to step 2. */
  const probe = (email: string) =>
    saveCompanyStepAction(null, { ...company, email }).then(
      (result) => (result.ok ? "ok" : (result.formError ?? "")),
      () => "answered",
    );

  it("one session re-submitted gets at most 10 an hour, whichever addresses it comes from", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      fromAddress(`198.51.100.${i + 1}`);
      outcomes.push(await probe(`adres${i}@firma.com.tr`));
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("answered"));
    expect(outcomes[10]).toMatch(/^Çok fazla deneme yapıldı/);
    // The refused submission did not change the session.
    const db = await getDb();
    const sessions = await db.select().from(onboardingSessions);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.step1).toMatchObject({ email: "adres9@firma.com.tr" });
  });

  it("one address gets at most 20 an hour, across sessions", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 21; i++) {
      cookieJar.token = i % 2 === 0 ? null : cookieJar.token;
      outcomes.push(await probe(`deneme${i}@firma.com.tr`));
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill("answered"));
    expect(outcomes[20]).toMatch(/^Çok fazla deneme yapıldı/);
  });
});

describe("a signed-in customer without company data", () => {
  it("completes the existing account through the wizard instead of opening another", async () => {
    const db = await getDb();
    const [customer] = await db
      .insert(customers)
      .values({ companyName: "", taxId: "", contactName: "Ayşe Yılmaz", email: company.email, phone: "+905321234567" })
      .returning({ id: customers.id });
    const [user] = await db
      .insert(users)
      .values({
        email: company.email,
        name: "Ayşe Yılmaz",
        passwordHash: await hashPassword("Eski-Sifresi-2026"),
        role: "customer",
        customerId: customer!.id,
      })
      .returning({ id: users.id });
    expect(await query(isCustomerProfileIncomplete, { customerId: customer!.id })).toBe(true);
    signInAs({ id: user!.id, email: company.email, name: "Ayşe Yılmaz", role: "customer", customerId: customer!.id });

    await throughStep3();
    await expectRedirect(completeProfileAction(null, { acceptAgreement: "on", acceptKvkk: "on" }), "/panel");

    expect(await count(customers)).toBe(1);
    expect(await db.select().from(users).where(eq(users.role, "customer"))).toHaveLength(1);
    const [completed] = await db.select().from(customers);
    expect(completed).toMatchObject({
      id: customer!.id,
      companyName: company.companyName,
      taxId: company.taxId,
      serviceType: "premium",
      kvkkVersion: "2026-01",
    });
    expect(await query(isCustomerProfileIncomplete, { customerId: customer!.id })).toBe(false);
    expect(await db.select({ customerId: integrations.customerId }).from(integrations)).toEqual([
      { customerId: customer!.id },
    ]);
    // Completed once: the action refuses to overwrite a complete account.
    expect(await completeProfileAction(null, { acceptAgreement: "on", acceptKvkk: "on" })).toMatchObject({ ok: false });
  });
});
