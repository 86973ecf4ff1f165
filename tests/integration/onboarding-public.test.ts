import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { activateAccountAction } from "@/app/(onboarding)/basla/activate-action";
import {
  saveCompanyStepAction,
  saveIntegrationStepAction,
  saveServiceStepAction,
} from "@/app/(onboarding)/basla/actions";
import { respondToOfferAction } from "@/app/(marketing)/teklif/[token]/actions";
import { getDb } from "@/db";
import { auditLogs, customers, emails, onboardingSessions, quoteRequests } from "@/db/schema";
import { loadWizard } from "@/lib/onboarding/state";
import { sha256Hex } from "@/lib/tokens";
import { activation, company, cookieJar } from "./helpers/onboarding";
import { expectRedirect } from "./helpers/redirect";
import { signInAs } from "./helpers/request";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
vi.mock("@/lib/auth", () => ({
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(),
  auth: vi.fn(async () => null),
}));

beforeEach(() => {
  cookieJar.token = null;
  signInAs(null);
});

const OFFER_TOKEN = "teklif-baglantisi-anahtari-0123456789abcdef";

/** An offer operations sent: quoted at 33,00 TL, valid for a week. */
async function quotedOffer() {
  const db = await getDb();
  const [quote] = await db
    .insert(quoteRequests)
    .values({
      referenceNumber: "TKF-2026-000077",
      companyName: "Deniz Kozmetik",
      contactName: "Deniz Aksoy",
      email: "deniz@denizkozmetik.test",
      phone: "+905327654321",
      monthlyVolume: "251-500",
      productTypes: ["Kozmetik"],
      status: "quoted",
      calculatedUnitPrice: 3500,
      quotedUnitPrice: 3300,
      validUntil: new Date(Date.now() + 7 * 86_400_000),
      publicTokenHash: sha256Hex(OFFER_TOKEN),
    })
    .returning({ id: quoteRequests.id });
  return quote!;
}

async function session(token: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(onboardingSessions)
    .where(eq(onboardingSessions.resumeTokenHash, sha256Hex(token)));
  return row;
}

const deniz = {
  companyName: "Deniz Kozmetik Ltd. Şti.",
  taxId: "4540536920",
  taxOffice: "Beşiktaş",
  contactName: "Deniz Aksoy",
  email: "deniz@denizkozmetik.test",
  phone: "0532 765 43 21",
};

describe("Vergi dairesi", () => {
  it("is asked for in step 1 and refused empty, with nothing saved", async () => {
    const refused = await saveCompanyStepAction(null, { ...company, taxOffice: " " });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { taxOffice: ["Vergi dairesi girin"] } });
    expect(await (await getDb()).select().from(onboardingSessions)).toEqual([]);
  });

  it("travels from step 1 through activation to the customer row and its audit row", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    expect((await loadWizard({ token: cookieJar.token })).kind === "open").toBe(true);
    expect(await loadWizard({ token: cookieJar.token, requestedStep: 1 })).toMatchObject({
      step1: { taxOffice: "Kadıköy" },
    });
    await expectRedirect(
      saveServiceStepAction(null, { serviceType: "standard", productCategories: ["Giyim"] }),
      "/basla?adim=3",
    );
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");

    const db = await getDb();
    const [customer] = await db.select().from(customers);
    expect(customer).toMatchObject({ taxId: "4540536920", taxOffice: "Kadıköy" });
    const [created] = await db.select().from(auditLogs).where(eq(auditLogs.action, "customer.created"));
    expect(created?.after).toMatchObject({ taxOffice: "Kadıköy" });
  });

  it("sends a session saved before it was asked for back to step 1", async () => {
    const db = await getDb();
    const token = "eski-basvuru-anahtari-0123456789abcdef0123";
    const { taxOffice: _missing, ...oldStep1 } = { ...company, phone: "+905321234567" };
    await db.insert(onboardingSessions).values({ resumeTokenHash: sha256Hex(token), step1: oldStep1, currentStep: 3 });
    expect(await loadWizard({ token, requestedStep: 3 })).toMatchObject({ reached: 1, shown: 1 });
  });
});

describe("an offer accepted from its link", () => {
  it("is saved to a new onboarding session at once, which prefills the wizard without the link", async () => {
    const quote = await quotedOffer();
    await expectRedirect(
      respondToOfferAction(null, { token: OFFER_TOKEN, decision: "accept" }),
      `/basla?teklif=${OFFER_TOKEN}`,
    );
    expect(cookieJar.token).toEqual(expect.any(String));
    expect(await session(cookieJar.token!)).toMatchObject({
      quoteId: quote.id,
      status: "in_progress",
      currentStep: 1,
      step1: null,
    });

    // /basla opened later without the offer's address: the saved quote still prefills it.
    expect(await loadWizard({ token: cookieJar.token })).toMatchObject({
      shown: 1,
      step1: { companyName: "Deniz Kozmetik", email: "deniz@denizkozmetik.test", phone: "0532 765 43 21" },
      step2: { serviceType: "custom", productCategories: ["Kozmetik"] },
      quote: { companyName: "Deniz Kozmetik", acceptedUnitPrice: 3300 },
    });

    // Step 1 without the link keeps the quote, and e-mails the resume link as any first save does.
    await expectRedirect(saveCompanyStepAction(null, deniz), "/basla?adim=2");
    const db = await getDb();
    expect(await session(cookieJar.token!)).toMatchObject({ quoteId: quote.id, currentStep: 2 });
    const resumeMails = await db.select().from(emails).where(eq(emails.template, "onboarding-resume"));
    expect(resumeMails.map((mail) => mail.recipient)).toEqual([deniz.email]);

    await expectRedirect(
      saveServiceStepAction(null, { serviceType: "custom", productCategories: ["Kozmetik"] }),
      "/basla?adim=3",
    );
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");
    const [customer] = await db.select().from(customers);
    expect(customer).toMatchObject({ serviceType: "custom", contractUnitPrice: 3300, taxOffice: "Beşiktaş" });
  });

  it("joins the application already in progress in this browser", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    const token = cookieJar.token!;
    const quote = await quotedOffer();
    await expectRedirect(
      respondToOfferAction(null, { token: OFFER_TOKEN, decision: "accept" }),
      `/basla?teklif=${OFFER_TOKEN}`,
    );
    expect(cookieJar.token).toBe(token);
    expect(await session(token)).toMatchObject({ quoteId: quote.id, currentStep: 2, step1: { taxOffice: "Kadıköy" } });
  });

  it("is not saved anywhere when declined", async () => {
    await quotedOffer();
    expect(await respondToOfferAction(null, { token: OFFER_TOKEN, decision: "decline" })).toMatchObject({ ok: true });
    expect(cookieJar.token).toBeNull();
    expect(await (await getDb()).select().from(onboardingSessions)).toEqual([]);
  });
});
