import { expect, test } from "@playwright/test";
import { ADMIN, createAdminUser, signIn, signInAsAdmin, uniqueEmail } from "./helpers/auth";
import { createCustomerWithUser, CUSTOMER_PASSWORD } from "./helpers/customers";
import { e2eSql } from "./helpers/db";

test("anonymous visitors of /panel and /yonetim land on /giris", async ({ page }) => {
  await page.goto("/panel/siparisler");
  await expect(page).toHaveURL(/\/giris\?next=%2Fpanel%2Fsiparisler$/);
  await page.goto("/yonetim");
  await expect(page).toHaveURL(/\/giris\?next=%2Fyonetim$/);
  await expect(page.getByRole("button", { name: "Giriş yap" })).toBeVisible();
});

test("the admin signs in and reaches /yonetim with a safe session cookie", async ({ page, context }) => {
  await signInAsAdmin(page);
  await expect(page.getByRole("heading", { name: "Yönetim paneli" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("after sign-in the user goes where they were headed", async ({ page }) => {
  await page.goto("/yonetim/e-postalar");
  await expect(page).toHaveURL(/\/giris/);
  await page.getByLabel("E-posta").fill(ADMIN.email);
  await page.getByLabel("Şifre").fill(ADMIN.password);
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await expect(page).toHaveURL(/\/yonetim\/e-postalar$/);
  await expect(page.getByRole("heading", { name: "E-postalar" })).toBeVisible();
});

test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
  await signIn(page, ADMIN.email, "Yanlis-Sifre-123");
  await expect(page.getByRole("alert").filter({ hasText: "E-posta veya şifre hatalı" })).toBeVisible();
  await signIn(page, uniqueEmail("yok"), "Yanlis-Sifre-123");
  await expect(page.getByRole("alert").filter({ hasText: "E-posta veya şifre hatalı" })).toBeVisible();
  await expect(page).toHaveURL(/\/giris/);
});

test("a customer signs in to /panel and gets 404 on an admin page", async ({ page }) => {
  const { email } = await createCustomerWithUser();
  await signIn(page, email, CUSTOMER_PASSWORD);
  await expect(page).toHaveURL(/\/panel$/);
  const response = await page.goto("/yonetim");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sayfa bulunamadı" })).toBeVisible();
});

test("forgot password: the link from the stored e-mail sets a new password; the old one and old sessions stop working", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("unutkan");
  const oldPassword = "Eski-Sifre-2026!";
  const newPassword = "Yeni-Sifre-2026!";
  await createAdminUser(email, oldPassword);

  // A session opened before the reset, in another browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, oldPassword);
  await expect(otherPage).toHaveURL(/\/yonetim$/);

  await page.goto("/giris");
  await page.getByRole("link", { name: "Şifremi unuttum" }).click();
  // Wait for the new page: the sign-in page has an "E-posta" field too.
  await expect(page.getByRole("heading", { name: "Şifremi unuttum" })).toBeVisible();
  await page.getByLabel("E-posta").fill(email);
  await page.getByRole("button", { name: "Sıfırlama bağlantısı gönder" }).click();
  await expect(page.getByRole("status").filter({ hasText: "şifre sıfırlama bağlantısını gönderdik" })).toBeVisible();

  // The link is written just after the answer (so its timing does not reveal accounts).
  const sql = e2eSql();
  let mail: { data: { resetUrl: string }; status: string } | undefined;
  await expect
    .poll(async () => {
      [mail] = await sql<{ data: { resetUrl: string }; status: string }[]>`
        select data, status from emails where recipient = ${email} and template = 'password-reset' order by created_at desc limit 1`;
      return mail?.status;
    })
    .toBe("stored");
  await sql.end();
  const link = new URL(mail!.data.resetUrl);

  await page.goto(link.pathname);
  await page.getByLabel("Yeni şifre", { exact: true }).fill(newPassword);
  await page.getByLabel("Yeni şifre (tekrar)").fill(newPassword);
  await page.getByRole("button", { name: "Şifreyi değiştir" }).click();
  await expect(page).toHaveURL(/\/giris\?sifre=yenilendi$/);

  await signIn(page, email, oldPassword);
  await expect(page.getByRole("alert").filter({ hasText: "E-posta veya şifre hatalı" })).toBeVisible();
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/yonetim$/);

  // The link is single use.
  await page.goto(link.pathname);
  await expect(page.getByText("Bu bağlantı geçersiz, kullanılmış ya da süresi dolmuş.")).toBeVisible();

  // The other browser's session ended with the reset.
  await otherPage.goto("/yonetim");
  await expect(otherPage).toHaveURL(/\/giris/);
  await other.close();
});

test("an admin creates another admin and disables a user from /yonetim/kullanicilar", async ({ page, browser }) => {
  await signInAsAdmin(page);
  await page.goto("/yonetim/kullanicilar");
  const email = uniqueEmail("yeni-yonetici");
  await page.getByLabel("Ad soyad").fill("Yeni Yönetici");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Şifre").fill("Yonetici-Sifre-42");
  await page.getByRole("button", { name: "Yönetici ekle" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${email} yönetici olarak eklendi.` })).toBeVisible();

  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await signIn(secondPage, email, "Yonetici-Sifre-42");
  await expect(secondPage).toHaveURL(/\/yonetim$/);

  await page.reload();
  await page.getByRole("button", { name: `${email}: Devre dışı bırak` }).click();
  // The dialog opens from the row's right-aligned action cell; its own text reads from the start.
  await expect(page.getByRole("alertdialog")).toHaveCSS("text-align", "start");
  await page.getByRole("alertdialog").getByRole("button", { name: "Devre dışı bırak", exact: true }).click();
  await expect(page.getByRole("button", { name: `${email}: Etkinleştir` })).toBeVisible();

  await secondPage.goto("/yonetim");
  await expect(secondPage).toHaveURL(/\/giris/);
  // A wrong password tells nothing about the account; only the right one learns it is disabled.
  await signIn(secondPage, email, "Yanlis-Sifre-Deneme-42");
  await expect(secondPage.getByRole("alert").filter({ hasText: "E-posta veya şifre hatalı" })).toBeVisible();
  await signIn(secondPage, email, "Yonetici-Sifre-42");
  await expect(secondPage.getByRole("alert").filter({ hasText: "Hesabınız devre dışı bırakılmış" })).toBeVisible();
  await expect(secondPage).toHaveURL(/\/giris/);
  await second.close();
});

test("/api/inngest refuses calls that Inngest did not sign", async ({ request }) => {
  const response = await request.post("/api/inngest?fnId=cardak-paketleme-send-email&stepId=step", {
    data: {
      event: { name: "email/queued", data: { emailId: "00000000-0000-0000-0000-000000000000" } },
      steps: {},
      ctx: {},
    },
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(600);
});

test("Auth.js's own credentials endpoint is throttled and audited like the sign-in page", async ({ request }) => {
  const email = uniqueEmail("dogrudan");
  const password = "Dogru-Sifre-2026!";
  await createAdminUser(email, password);
  const post = async (attempt: string) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await request.post("/api/auth/callback/credentials", {
      form: { email, password: attempt, csrfToken },
      maxRedirects: 0,
    });
  };
  for (let i = 0; i < 10; i++) await post(`Yanlis-Sifre-${i}`);
  await post(password);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session).toBeNull();

  const sql = e2eSql();
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from audit_logs a join users u on u.id::text = a.entity_id
    where u.email = ${email} and a.action = 'auth.sign_in_failed'`;
  await sql.end();
  expect(row?.n).toBe(10);
});

test("a client-sent X-Forwarded-For does not change the address the sign-in limit counts against", async ({ page }) => {
  const email = uniqueEmail("sahte-adres");
  const password = "Dogru-Sifre-2026!";
  await createAdminUser(email, password);
  for (let i = 0; i < 10; i++) {
    // Every try claims another address, in both the standard header and the app's own one.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.20.${i}.1`, "x-cardak-peer-address": `10.30.${i}.1` });
    await signIn(page, email, `Yanlis-Sifre-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "E-posta veya şifre hatalı" })).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "10.20.99.1", "x-cardak-peer-address": "10.30.99.1" });
  await signIn(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: "Çok fazla deneme yapıldı" })).toBeVisible();
  await expect(page).toHaveURL(/\/giris/);

  const sql = e2eSql();
  const rows = await sql<{ ip: string }[]>`
    select a.ip_address as ip from audit_logs a join users u on u.id::text = a.entity_id
    where u.email = ${email} and a.action = 'auth.sign_in_failed'`;
  await sql.end();
  expect(rows).toHaveLength(10);
  expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(["127.0.0.1"]));
});

test("a sign-in through Auth.js's own endpoint opens a session, audited, with the last login time", async ({
  request,
}) => {
  const email = uniqueEmail("dogrudan-giris");
  const password = "Dogru-Sifre-2026!";
  await createAdminUser(email, password);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email).toBe(email);

  const sql = e2eSql();
  try {
    const [user] = await sql<{ id: string; last_login_at: Date | null }[]>`
      select id, last_login_at from users where email = ${email}`;
    expect(user?.last_login_at).toBeInstanceOf(Date);
    const audits = await sql<{ action: string }[]>`
      select action from audit_logs where actor_user_id = ${user!.id} and action = 'auth.sign_in'`;
    expect(audits).toHaveLength(1);
  } finally {
    await sql.end();
  }
});
