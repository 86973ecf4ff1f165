import "./helpers/next-mocks";
import { desc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { setUserDisabledAction } from "@/app/(admin)/yonetim/kullanicilar/actions";
import { acceptInvitationAction } from "@/app/(auth)/davet/actions";
import { updateCompanyAction } from "@/app/(portal)/panel/hesap/actions";
import { testIntegrationAction } from "@/app/(portal)/panel/hesap/integration-actions";
import { inviteUserAction, removeUserAction, resendInvitationAction } from "@/app/(portal)/panel/hesap/team-actions";
import { getDb, query } from "@/db";
import { getIntegrationView } from "@/db/queries/integrations";
import { findUsableInvitation } from "@/db/queries/invitations";
import { auditLogs, customers, emails, integrations, userInvitations, users } from "@/db/schema";
import { replaceIntegrationCredentials, testIntegration } from "@/lib/account/integration";
import { acceptInvitation } from "@/lib/account/invitations";
import { changePassword } from "@/lib/account/password";
import { checkSession } from "@/lib/auth/credentials";
import { encryptJson } from "@/lib/crypto";
import { resetEnvCache } from "@/lib/env";
import { sha256Hex } from "@/lib/tokens";
import { SHOPIFY_SHOP_ROUTE, shopifyRoutes, startFakePlatform, type FakePlatform } from "@/tests/fakes/platforms";
import { anonymousCtx, customerCtx, userCtx } from "./helpers/context";
import { verifyCredentials } from "./helpers/credentials";
import { FIXTURE_PASSWORD, ids, insertUser, openTestSession, sessionOf, twoCustomers } from "./helpers/fixtures";
import { expectRedirect } from "./helpers/redirect";
import { signInAs } from "./helpers/request";

const profile = {
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  contactName: "Ayşe Demir",
  email: "Muhasebe@Anadolu.test",
  phone: "0532 765 43 21",
  address: "Atatürk Cd. 1",
  city: "İzmir",
};

describe("company details", () => {
  it("saves the details with the phone in E.164, never the tax number, audited", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const result = await updateCompanyAction(null, { ...profile, taxId: "1111111111" } as never);
    expect(result).toMatchObject({ ok: true });
    const db = await getDb();
    const [row] = await db.select().from(customers).where(eq(customers.id, customerA.id));
    expect(row).toMatchObject({
      ...profile,
      email: "muhasebe@anadolu.test",
      phone: "+905327654321",
      taxId: customerA.taxId,
    });
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "customer.profile_updated"));
    expect(audit).toMatchObject({ entityId: customerA.id, before: { companyName: "Anadolu Kozmetik" } });
  });

  it("refuses a bad phone number on its field and changes nothing", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const result = await updateCompanyAction(null, { ...profile, phone: "0123" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { phone: [expect.stringMatching(/telefon/i)] } });
    const db = await getDb();
    const [row] = await db
      .select({ companyName: customers.companyName })
      .from(customers)
      .where(eq(customers.id, customerA.id));
    expect(row?.companyName).toBe("Anadolu Kozmetik");
  });
});

describe("password change", () => {
  it("needs the current password, and ends every session of the user", async () => {
    const { userA } = await twoCustomers();
    const db = await getDb();
    const session = await openTestSession(userA);
    const ctx = userCtx(userA);
    await expect(
      changePassword(ctx, { currentPassword: "Yanlis-Sifre-2026", newPassword: "Yepyeni-Sifre-2026" }),
    ).rejects.toMatchObject({ code: "WRONG_CURRENT_PASSWORD", field: "currentPassword" });
    expect(await checkSession(db, session)).not.toBeNull();

    await expect(
      changePassword(ctx, { currentPassword: FIXTURE_PASSWORD, newPassword: "Yepyeni-Sifre-2026" }),
    ).resolves.toBeUndefined();
    expect(await checkSession(db, session)).toBeNull();
    expect(await verifyCredentials(db, { email: userA.email, password: "Yepyeni-Sifre-2026" })).toMatchObject({
      sessionVersion: 2,
    });
    expect(await verifyCredentials(db, { email: userA.email, password: FIXTURE_PASSWORD })).toBeNull();
    expect(await db.select({ action: auditLogs.action }).from(auditLogs)).toEqual([
      { action: "auth.password_changed" },
    ]);
  });

  it("stops guessing the current password after 10 wrong tries in 15 minutes, the right one included", async () => {
    const { userA } = await twoCustomers();
    const db = await getDb();
    const session = await openTestSession(userA);
    const ctx = userCtx(userA);
    // A right password does not count: it is given back, as a successful sign-in's is.
    await changePassword(ctx, { currentPassword: FIXTURE_PASSWORD, newPassword: "Yepyeni-Sifre-2026" });
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(
        changePassword(ctx, { currentPassword: `Yanlis-Sifre-${attempt}`, newPassword: "Baska-Sifre-2026" }),
      ).rejects.toMatchObject({ code: "WRONG_CURRENT_PASSWORD" });
    }
    const refused = changePassword(ctx, { currentPassword: "Yepyeni-Sifre-2026", newPassword: "Baska-Sifre-2026" });
    await expect(refused).rejects.toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
      field: "currentPassword",
      userMessage: "Çok fazla deneme yapıldı. Lütfen 15 dakika sonra tekrar deneyin.",
    });
    expect(await verifyCredentials(db, { email: userA.email, password: "Yepyeni-Sifre-2026" })).not.toBeNull();
    expect(await verifyCredentials(db, { email: userA.email, password: "Baska-Sifre-2026" })).toBeNull();
    // Another user's tries are their own.
    const colleague = await insertUser({ id: ids.userA2, email: "ikinci@anadolu.test", customerId: userA.customerId });
    await expect(
      changePassword(userCtx(colleague), { currentPassword: FIXTURE_PASSWORD, newPassword: "Yepyeni-Sifre-2026" }),
    ).resolves.toBeUndefined();
    expect(await checkSession(db, session)).toBeNull();
  });
});

describe("company users", () => {
  async function invitationToken() {
    const db = await getDb();
    const [mail] = await db
      .select()
      .from(emails)
      .where(eq(emails.template, "user-invitation"))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    return new URL(String(mail?.data.invitationUrl)).pathname.replace("/davet/", "");
  }

  it("invites a colleague by e-mail with a 7-day link that works once and joins the inviting company", async () => {
    const { customerA, userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const sent = new Date();
    expect(await inviteUserAction(null, { email: "Mehmet@Anadolu.test" })).toMatchObject({ ok: true });
    const token = await invitationToken();
    const db = await getDb();
    const [invitation] = await db.select().from(userInvitations);
    expect(invitation).toMatchObject({
      customerId: customerA.id,
      email: "mehmet@anadolu.test",
      tokenHash: sha256Hex(token),
      invitedBy: userA.id,
    });
    expect(invitation!.expiresAt.getTime() - sent.getTime()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(await query(findUsableInvitation, { token })).toEqual({
      email: "mehmet@anadolu.test",
      companyName: "Anadolu Kozmetik",
    });

    const late = new Date(invitation!.expiresAt.getTime() + 1);
    await expect(
      acceptInvitation(anonymousCtx(), { token, name: "Geç Kalan", password: "Mehmet-Sifresi-2026" }, late),
    ).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    // Accepted from the link: the new user is signed in and sent to the portal.
    signInAs(null);
    const form = (name: string, password: string) => ({ token, name, password, passwordConfirm: password });
    await expectRedirect(acceptInvitationAction(null, form("Mehmet Kaya", "Mehmet-Sifresi-2026")), "/panel");
    expect(await acceptInvitationAction(null, form("İkinci Kez", "Baska-Sifre-2026"))).toEqual({
      ok: false,
      formError: "Bu davet bağlantısı geçersiz, kullanılmış ya da süresi dolmuş.",
    });
    const [created] = await db.select().from(users).where(eq(users.email, "mehmet@anadolu.test"));
    expect(created).toMatchObject({ role: "customer", customerId: customerA.id, name: "Mehmet Kaya", disabled: false });
    expect(
      await verifyCredentials(db, { email: "mehmet@anadolu.test", password: "Mehmet-Sifresi-2026" }),
    ).not.toBeNull();
  });

  it("refuses to invite an e-mail that already belongs to the company's own team", async () => {
    const { customerA, userA } = await twoCustomers();
    await insertUser({ id: ids.userA2, email: "mehmet@anadolu.test", customerId: customerA.id });
    signInAs(sessionOf(userA));
    expect(await inviteUserAction(null, { email: "Mehmet@Anadolu.test" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Bu e-posta adresi zaten ekibinizdeki bir kullanıcıya ait"] },
    });
    expect(await (await getDb()).select().from(userInvitations)).toEqual([]);
  });

  it("answers an invitation to another company's user or to an admin like any other: no account is revealed", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const stranger = await inviteUserAction(null, { email: "yeni.kisi@baska.test" });
    const otherCompany = await inviteUserAction(null, { email: "burak@bogazici.test" });
    const admin = await inviteUserAction(null, { email: "Operasyon@Cardak.test" });
    const sent = (email: string) => ({
      ok: true,
      data: undefined,
      message: `${email} adresine davet gönderildi. Bağlantı 7 gün geçerlidir.`,
    });
    expect(stranger).toEqual(sent("yeni.kisi@baska.test"));
    expect(otherCompany).toEqual(sent("burak@bogazici.test"));
    expect(admin).toEqual(sent("Operasyon@Cardak.test"));

    // The e-mailed link of an existing account's address then fails cleanly: no second account, no move.
    const token = await invitationToken();
    await expect(
      acceptInvitation(anonymousCtx(), { token, name: "Operasyon", password: "Operasyon-Sifresi-2026" }),
    ).rejects.toMatchObject({ code: "EMAIL_ALREADY_USER" });
    const db = await getDb();
    const [kept] = await db.select().from(users).where(eq(users.email, "operasyon@cardak.test"));
    expect(kept).toMatchObject({ role: "admin", customerId: null });
  });

  it("sends at most 3 invitations a day to one address, whichever companies send them", async () => {
    const { userA, userB } = await twoCustomers();
    signInAs(sessionOf(userA));
    // One waiting invitation per company and address: the second e-mail is a resend, and counts too.
    expect(await inviteUserAction(null, { email: "hedef@posta.test" })).toMatchObject({ ok: true });
    const [first] = await (await getDb()).select().from(userInvitations);
    expect(await resendInvitationAction(null, { invitationId: first!.id })).toMatchObject({ ok: true });
    signInAs(sessionOf(userB));
    expect(await inviteUserAction(null, { email: "Hedef@Posta.test" })).toMatchObject({ ok: true });
    signInAs(sessionOf(userA));
    expect(await resendInvitationAction(null, { invitationId: first!.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Çok fazla deneme yapıldı/),
    });
    const db = await getDb();
    expect(await db.select().from(emails).where(eq(emails.recipient, "hedef@posta.test"))).toHaveLength(3);
  });

  it("sends at most 20 invitations a day from one company", async () => {
    const { userA, userB } = await twoCustomers();
    signInAs(sessionOf(userA));
    for (let i = 0; i < 20; i++) {
      expect(await inviteUserAction(null, { email: `kisi${i}@posta.test` })).toMatchObject({ ok: true });
    }
    expect(await inviteUserAction(null, { email: "yirmibirinci@posta.test" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Çok fazla deneme yapıldı/),
    });
    signInAs(sessionOf(userB));
    expect(await inviteUserAction(null, { email: "yirmibirinci@posta.test" })).toMatchObject({ ok: true });
  });

  it("removes a colleague, but neither oneself nor another company's user", async () => {
    const { customerA, userA, userB } = await twoCustomers();
    const colleague = await insertUser({ id: ids.userA2, email: "mehmet@anadolu.test", customerId: customerA.id });
    signInAs(sessionOf(userA));
    const db = await getDb();
    expect(await removeUserAction(null, { userId: userA.id })).toEqual({
      ok: false,
      formError: "Kendi hesabınızı kaldıramazsınız.",
    });
    expect(await removeUserAction(null, { userId: userB.id })).toEqual({
      ok: false,
      formError: "Kullanıcı bulunamadı.",
    });
    const [b] = await db.select().from(users).where(eq(users.id, userB.id));
    expect(b).toMatchObject({ disabled: false, sessionVersion: 1 });
    const colleagueSession = await openTestSession(colleague);

    expect(await removeUserAction(null, { userId: colleague.id })).toMatchObject({ ok: true });
    const [removed] = await db.select().from(users).where(eq(users.id, colleague.id));
    expect(removed).toMatchObject({ disabled: true, sessionVersion: 2 });
    expect(await checkSession(db, colleagueSession)).toBeNull();
  });

  /** A second user of the customer who has invited someone: the user and the invitation's token. */
  async function colleagueWhoInvited(customerId: string) {
    const colleague = await insertUser({ id: ids.userA2, email: "mehmet@anadolu.test", customerId });
    signInAs(sessionOf(colleague));
    expect(await inviteUserAction(null, { email: "mehmet.ikinci@anadolu.test" })).toMatchObject({ ok: true });
    return { colleague, token: await invitationToken() };
  }

  it("revokes the invitations a removed colleague sent, so they cannot come back through them", async () => {
    const { customerA, userA } = await twoCustomers();
    const { colleague, token } = await colleagueWhoInvited(customerA.id);
    signInAs(sessionOf(userA));
    expect(await removeUserAction(null, { userId: colleague.id })).toMatchObject({ ok: true });
    expect(await query(findUsableInvitation, { token })).toBeNull();
    await expect(
      acceptInvitation(anonymousCtx(), { token, name: "Geri Dönen", password: "Geri-Donen-Sifre-2026" }),
    ).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, "mehmet.ikinci@anadolu.test"))).toEqual([]);
  });

  it("revokes the invitations of a user operations disable, too", async () => {
    const { customerA, admin } = await twoCustomers();
    const { colleague, token } = await colleagueWhoInvited(customerA.id);
    signInAs(sessionOf(admin));
    expect(await setUserDisabledAction(null, { userId: colleague.id, disabled: "true" })).toMatchObject({ ok: true });
    expect(await query(findUsableInvitation, { token })).toBeNull();
    const db = await getDb();
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "user.disabled"));
    expect(audit!.after).toMatchObject({ disabled: true, invitationsRevoked: 1 });
    // Enabled again, the user's old invitations stay revoked.
    expect(await setUserDisabledAction(null, { userId: colleague.id, disabled: "false" })).toMatchObject({ ok: true });
    expect(await query(findUsableInvitation, { token })).toBeNull();
  });
});

describe("integration on the account page", () => {
  const TOKEN = "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";
  const NEW_TOKEN = "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";
  let fake: FakePlatform | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it("tests the stored credentials for real, replaces them, and shows only masked values", async () => {
    const { customerA, userA } = await twoCustomers();
    const db = await getDb();
    await db.insert(integrations).values({
      customerId: customerA.id,
      platform: "shopify",
      credentialsEncrypted: encryptJson({ shopDomain: "magaza.myshopify.com", accessToken: TOKEN }),
      credentialsMasked: { shopDomain: "magaza.myshopify.com", accessToken: "shpat_••••3f9a" },
    });
    fake = await startFakePlatform(shopifyRoutes);
    const ctx = customerCtx(userA);

    const checked = await testIntegration(ctx, { baseUrl: fake.baseUrl });
    expect(checked).toMatchObject({ ok: true });
    expect(fake.requestsTo(SHOPIFY_SHOP_ROUTE)[0]?.headers["x-shopify-access-token"]).toBe(TOKEN);
    expect(await query(getIntegrationView, { customerId: customerA.id })).toMatchObject({
      status: "connected",
      lastError: null,
    });

    const invalid = replaceIntegrationCredentials(ctx, { shopDomain: "magaza.myshopify.com", accessToken: "" });
    await expect(invalid).rejects.toMatchObject({
      code: "CREDENTIALS_INVALID",
      fieldErrors: { accessToken: expect.arrayContaining([expect.stringContaining("Admin API")]) },
    });

    fake.behave(SHOPIFY_SHOP_ROUTE, "unauthorized");
    const replaced = await replaceIntegrationCredentials(
      ctx,
      { shopDomain: "magaza.myshopify.com", accessToken: NEW_TOKEN },
      { baseUrl: fake.baseUrl },
    );
    // Saved whatever the answer: the status says they do not work.
    expect(replaced).toMatchObject({ ok: false });
    const view = await query(getIntegrationView, { customerId: customerA.id });
    expect(view).toMatchObject({ status: "failed", credentialsMasked: { accessToken: "shpat_••••6666" } });
    expect(JSON.stringify(view)).not.toContain(NEW_TOKEN);
    const [row] = await db.select().from(integrations);
    expect(row!.credentialsEncrypted).not.toContain(NEW_TOKEN);
    const actions = (await db.select({ action: auditLogs.action }).from(auditLogs)).map((a) => a.action).sort();
    expect(actions).toEqual(["integration.checked", "integration.credentials_replaced"]);
  });

  it("the account page's test button calls the configured platform address, at most 60 times an hour per IP", async () => {
    const { customerA, userA } = await twoCustomers();
    const db = await getDb();
    await db.insert(integrations).values({
      customerId: customerA.id,
      platform: "shopify",
      credentialsEncrypted: encryptJson({ shopDomain: "magaza.myshopify.com", accessToken: TOKEN }),
      credentialsMasked: { shopDomain: "magaza.myshopify.com", accessToken: "shpat_••••3f9a" },
    });
    fake = await startFakePlatform(shopifyRoutes);
    process.env.SHOPIFY_API_BASE_URL = fake.baseUrl;
    resetEnvCache();
    try {
      signInAs(sessionOf(userA));
      expect(await testIntegrationAction(null, {})).toMatchObject({ ok: true });
      expect(fake.requestsTo(SHOPIFY_SHOP_ROUTE)).toHaveLength(1);
      await db.execute(
        sql`insert into rate_limit_hits (bucket, key) select 'onboarding:connection-test', '203.0.113.7' from generate_series(1, 59)`,
      );
      expect(await testIntegrationAction(null, {})).toMatchObject({
        ok: false,
        formError: expect.stringMatching(/^Çok fazla deneme/),
      });
      expect(fake.requestsTo(SHOPIFY_SHOP_ROUTE)).toHaveLength(1);
    } finally {
      delete process.env.SHOPIFY_API_BASE_URL;
      resetEnvCache();
    }
  });
});
