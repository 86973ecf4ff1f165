import "./helpers/next-mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  saveCompanyStepAction,
  saveIntegrationStepAction,
  saveServiceStepAction,
} from "@/app/(onboarding)/basla/actions";
import { replaceCredentialsAction } from "@/app/(portal)/panel/hesap/integration-actions";
import { getDb } from "@/db";
import { integrations } from "@/db/schema";
import { decryptJson, encryptJson } from "@/lib/crypto";
import { resetEnvCache } from "@/lib/env";
import { loadWizard } from "@/lib/onboarding/state";
import {
  startFakePlatform,
  TICIMAX_ROUTE,
  ticimaxRoutes,
  WOO_SETTINGS_ROUTE,
  woocommerceRoutes,
  type FakePlatform,
} from "@/tests/fakes/platforms";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { company, cookieJar, service } from "./helpers/onboarding";
import { expectRedirect } from "./helpers/redirect";
import { signInAs } from "./helpers/request";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn(async () => null) }));

const TICIMAX_CODE = "3KF956KB3FBE4NIYPQTYKYGF66NHDJ";
const WOO_KEY = "ck_0123456789abcdef0123456789abcdef01234567";
const WOO_SECRET = "cs_fedcba9876543210fedcba9876543210fedc7654";
const RETYPE = /^Mağaza adresi değiştiği için .+ yeniden girin/;

let fake: FakePlatform;

beforeEach(async () => {
  cookieJar.token = null;
  signInAs(null);
  fake = await startFakePlatform({ ...ticimaxRoutes, ...woocommerceRoutes });
  process.env.TICIMAX_API_BASE_URL = fake.baseUrl;
  process.env.WOOCOMMERCE_API_BASE_URL = fake.baseUrl;
  resetEnvCache();
});

afterEach(async () => {
  delete process.env.TICIMAX_API_BASE_URL;
  delete process.env.WOOCOMMERCE_API_BASE_URL;
  resetEnvCache();
  await fake.close();
});

async function toStep3() {
  await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
  await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
}

/** What the step 3 form shows on coming back: the stored secrets only masked. */
async function maskedOnReturn(): Promise<Record<string, string>> {
  const wizard = await loadWizard({ token: cookieJar.token, requestedStep: "3" });
  if (wizard.kind !== "open" || !wizard.integration) throw new Error("no stored integration");
  return wizard.integration.masked;
}

async function storedCredentials() {
  const db = await getDb();
  const [row] = await db.select().from(integrations);
  return decryptJson<Record<string, string>>(row!.credentialsEncrypted);
}

describe("a stored secret and a changed shop address (onboarding step 3)", () => {
  it("is not sent to the new address: the code must be typed again, and nothing changes", async () => {
    await toStep3();
    const first = { platform: "ticimax" as const, siteUrl: "https://www.magaza.com.tr", authCode: TICIMAX_CODE };
    expect(await saveIntegrationStepAction(null, { ...first, intent: "test" })).toMatchObject({ ok: true });
    expect(fake.requestsTo(TICIMAX_ROUTE)).toHaveLength(1);
    const masked = await maskedOnReturn();
    expect(masked.authCode).toContain("••••");

    for (const intent of ["test", "next"] as const) {
      const moved = await saveIntegrationStepAction(null, {
        platform: "ticimax",
        siteUrl: "https://saldirgan.example.com",
        authCode: masked.authCode,
        intent,
      });
      expect(moved).toMatchObject({ ok: false, fieldErrors: { authCode: [expect.stringMatching(RETYPE)] } });
      const emptied = await saveIntegrationStepAction(null, {
        platform: "ticimax",
        siteUrl: "https://saldirgan.example.com",
        authCode: "",
        intent,
      });
      expect(emptied).toMatchObject({ ok: false, fieldErrors: { authCode: [expect.stringMatching(/girin/)] } });
    }
    expect(fake.requestsTo(TICIMAX_ROUTE)).toHaveLength(1);
    expect(await storedCredentials()).toEqual({ siteUrl: "https://www.magaza.com.tr", authCode: TICIMAX_CODE });

    // Typed again, the code goes to the new address.
    const retyped = await saveIntegrationStepAction(null, {
      platform: "ticimax",
      siteUrl: "https://yeni-magaza.com.tr",
      authCode: "YENIKOD956KB3FBE4NIYPQTYKYGF66",
      intent: "test",
    });
    expect(retyped).toMatchObject({ ok: true });
    expect(fake.requestsTo(TICIMAX_ROUTE)[1]?.body).toContain("<UyeKodu>YENIKOD956KB3FBE4NIYPQTYKYGF66</UyeKodu>");
  });

  it("a WooCommerce user coming back to step 3 goes on with the masked keys as they are", async () => {
    await toStep3();
    const woo = {
      platform: "woocommerce" as const,
      siteUrl: "https://magaza.com",
      consumerKey: WOO_KEY,
      consumerSecret: WOO_SECRET,
    };
    expect(await saveIntegrationStepAction(null, { ...woo, intent: "test" })).toMatchObject({ ok: true });
    const masked = await maskedOnReturn();
    expect(masked.consumerKey).toMatch(/^ck_••••/);

    await expectRedirect(
      saveIntegrationStepAction(null, { platform: "woocommerce", ...masked, intent: "next" }),
      "/basla?adim=4",
    );
    expect(await storedCredentials()).toEqual({
      siteUrl: "https://magaza.com",
      consumerKey: WOO_KEY,
      consumerSecret: WOO_SECRET,
    });
    // Testing again sends the stored keys to the same shop.
    expect(await saveIntegrationStepAction(null, { platform: "woocommerce", ...masked, intent: "test" })).toMatchObject(
      { ok: true },
    );
    const sent = fake.requestsTo(WOO_SETTINGS_ROUTE);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.headers.authorization).toBe(sent[0]?.headers.authorization);
  });
});

describe("a stored secret and a changed shop address (account page)", () => {
  it("new credentials for another address need every secret typed, said on each field", async () => {
    const { customerA, userA } = await twoCustomers();
    const db = await getDb();
    const stored = { siteUrl: "https://magaza.com", consumerKey: WOO_KEY, consumerSecret: WOO_SECRET };
    await db.insert(integrations).values({
      customerId: customerA.id,
      platform: "woocommerce",
      credentialsEncrypted: encryptJson(stored),
      credentialsMasked: { siteUrl: stored.siteUrl, consumerKey: "ck_••••4567", consumerSecret: "cs_••••7654" },
      status: "connected",
    });
    signInAs(sessionOf(userA));
    const outcome = await replaceCredentialsAction(null, {
      siteUrl: "https://saldirgan.example.com",
      consumerKey: "",
      consumerSecret: "",
    });
    expect(outcome).toMatchObject({
      ok: false,
      fieldErrors: {
        consumerKey: [expect.stringMatching(RETYPE)],
        consumerSecret: [expect.stringMatching(RETYPE)],
      },
    });
    expect(fake.requests).toHaveLength(0);
    const [row] = await db.select().from(integrations);
    expect(decryptJson(row!.credentialsEncrypted)).toEqual(stored);
  });
});
