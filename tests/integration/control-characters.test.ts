import "./helpers/next-mocks";
import { count, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitationAction } from "@/app/(auth)/davet/actions";
import { saveCompanyStepAction, saveIntegrationStepAction } from "@/app/(onboarding)/basla/actions";
import { submitQuoteAction } from "@/app/(marketing)/teklif-al/actions";
import { updateCompanyAction } from "@/app/(portal)/panel/hesap/actions";
import { inviteUserAction } from "@/app/(portal)/panel/hesap/team-actions";
import { createOrderAction } from "@/app/(portal)/panel/siparisler/actions";
import { getDb } from "@/db";
import { customers, emails, integrations, onboardingSessions, orders, quoteRequests, users } from "@/db/schema";
import { authorizeSignIn } from "@/lib/auth/authorize";
import { sessionOf, twoCustomers } from "./helpers/fixtures";
import { company, cookieJar } from "./helpers/onboarding";
import { expectRedirect } from "./helpers/redirect";
import { quoteForm } from "./helpers/quotes";
import { signInAs } from "./helpers/request";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("@/lib/auth", () => ({ signIn, signOut: vi.fn(), auth: vi.fn(async () => null) }));

const REFUSED = expect.stringMatching(/^Bu alan görünmez karakterler/);
const PASSWORD = "Davetli-Sifresi-2026";

async function rows(table: typeof users | typeof quoteRequests | typeof onboardingSessions | typeof orders) {
  const db = await getDb();
  return (await db.select({ n: count() }).from(table))[0]!.n;
}

beforeEach(() => {
  signInAs(null);
  cookieJar.token = null;
});

describe("a NUL byte typed into a form", () => {
  it("in the invitation's name is refused on the field; no user is created and the link still works", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await inviteUserAction(null, { email: "yeni@anadolu.test" })).toMatchObject({ ok: true });
    const db = await getDb();
    const [mail] = await db
      .select()
      .from(emails)
      .where(eq(emails.template, "user-invitation"))
      .orderBy(desc(emails.createdAt));
    const token = new URL(String(mail?.data.invitationUrl)).pathname.replace("/davet/", "");
    signInAs(null);
    const before = await rows(users);

    const refused = await acceptInvitationAction(null, {
      token,
      name: "Mehmet\u0000 Kaya",
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { name: [REFUSED] } });
    expect(refused.ok ? "" : refused.formError).not.toMatch(/Beklenmeyen/);
    expect(await rows(users)).toBe(before);
    expect(signIn).not.toHaveBeenCalled();

    await expectRedirect(
      acceptInvitationAction(null, { token, name: "Mehmet Kaya", password: PASSWORD, passwordConfirm: PASSWORD }),
      "/panel",
    );
    expect(await rows(users)).toBe(before + 1);
  });

  it("in an e-mail, a multi-line note or a company name is refused on its field with nothing saved", async () => {
    const quote = await submitQuoteAction(null, quoteForm({ specialRequirements: "Kırılgan\u0000 şişeler" }));
    expect(quote).toMatchObject({ ok: false, fieldErrors: { specialRequirements: [REFUSED] } });
    const quoteEmail = await submitQuoteAction(null, quoteForm({ email: "ayse\u0000@ornek.com.tr" }));
    expect(quoteEmail).toMatchObject({ ok: false, fieldErrors: { email: [REFUSED] } });
    expect(await rows(quoteRequests)).toBe(0);

    const step1 = await saveCompanyStepAction(null, { ...company, companyName: "Yılmaz\u0000 Butik" });
    expect(step1).toMatchObject({ ok: false, fieldErrors: { companyName: [REFUSED] } });
    expect(await rows(onboardingSessions)).toBe(0);

    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const order = await createOrderAction(null, { packageCount: "5", note: "Kapıya\u0000 bırakın" });
    expect(order).toMatchObject({ ok: false, fieldErrors: { note: [REFUSED] } });
    expect(await rows(orders)).toBe(0);

    const profile = await updateCompanyAction(null, {
      companyName: "Anadolu\u202e Kozmetik",
      contactName: "Ayşe Demir",
      email: "muhasebe@anadolu.test",
      phone: "0532 765 43 21",
    });
    expect(profile).toMatchObject({ ok: false, fieldErrors: { companyName: [REFUSED] } });
    const db = await getDb();
    const [row] = await db.select().from(customers).where(eq(customers.id, customerA.id));
    expect(row?.companyName).toBe("Anadolu Kozmetik");
  });

  it("in a platform credential is refused on its field with nothing saved", async () => {
    const step3 = await saveIntegrationStepAction(null, {
      platform: "ticimax",
      siteUrl: "https://magaza.com.tr",
      authCode: "3KF956KB3FBE4NIY\u0000PQTYKYGF66NHDJ",
    });
    expect(step3).toMatchObject({ ok: false, fieldErrors: { authCode: expect.arrayContaining([REFUSED]) } });
    const db = await getDb();
    expect(await db.select().from(integrations)).toEqual([]);
  });

  it("in the e-mail sent straight to Auth.js's callback is refused before any query", async () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9", "x-request-id": "nul-test" });
    await expect(
      authorizeSignIn({ email: "ayse\u0000@ornek.com.tr", password: PASSWORD }, headers),
    ).resolves.toBeNull();
  });
});
