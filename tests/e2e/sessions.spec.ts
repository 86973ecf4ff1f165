import { expect, test, type Page } from "@playwright/test";
import { createAdminUser, uniqueEmail } from "./helpers/auth";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { signOutFromMenu } from "./helpers/frame";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0";

async function expectOrdersPage(page: Page) {
  await page.goto("/panel/siparisler");
  await expect(page.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
}

async function expectSignedOut(page: Page) {
  await page.goto("/panel/siparisler");
  await expect(page).toHaveURL(/\/giris/);
}

test("a copy of the session cookie stops working after Çıkış; another browser's session survives", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const here = await browser.newContext();
  const herePage = await here.newPage();
  await signIn(herePage, customer.email, CUSTOMER_PASSWORD);

  // Someone copies the cookie: while the session is open, the copy works like the original.
  const copy = await browser.newContext();
  await copy.addCookies(await here.cookies());
  const copyPage = await copy.newPage();
  await expectOrdersPage(copyPage);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, customer.email, CUSTOMER_PASSWORD);

  await signOutFromMenu(herePage);
  await expect(herePage).toHaveURL(/\/giris$/);
  await expectSignedOut(copyPage);
  await expectOrdersPage(otherPage);
  await Promise.all([here.close(), copy.close(), other.close()]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the account page lists the open sessions and ends one, which signs that browser out (${
    javaScriptEnabled ? "with" : "without"
  } JavaScript)`, async ({ browser }) => {
    const customer = await createCustomerWithUser();
    const here = await browser.newContext({ javaScriptEnabled });
    const herePage = await here.newPage();
    const firefox = await browser.newContext({ userAgent: FIREFOX_ON_WINDOWS });
    const firefoxPage = await firefox.newPage();
    await signIn(herePage, customer.email, CUSTOMER_PASSWORD);
    await signIn(firefoxPage, customer.email, CUSTOMER_PASSWORD);

    await herePage.goto("/panel/hesap");
    const sessions = herePage.getByRole("list", { name: "Açık oturumlar" }).getByRole("listitem");
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: "Bu cihaz" })).toHaveCount(1);
    const theirs = sessions.filter({ hasText: "Firefox · Windows" });
    await expect(theirs).toContainText(/Son görülme: \d{2}\.\d{2}\.\d{4}/);
    await expect(theirs).toContainText(/IP: [0-9a-f:.]+/);
    await expect(theirs).not.toContainText("Bu cihaz");

    // It asks first.
    await theirs.getByRole("button", { name: "Oturumu kapat" }).click();
    const dialog = herePage.getByRole("alertdialog", { name: "Oturum kapatılsın mı?" });
    await expect(dialog).toContainText("Firefox · Windows");
    await dialog.getByRole("button", { name: "Vazgeç" }).click();
    await expect(dialog).toBeHidden();
    await expectOrdersPage(firefoxPage);

    await herePage.goto("/panel/hesap");
    await theirs.getByRole("button", { name: "Oturumu kapat" }).click();
    await dialog.getByRole("button", { name: "Oturumu kapat" }).click();
    await expect(herePage.getByRole("status").filter({ hasText: "Oturum kapatıldı." })).toBeVisible();
    await expect(sessions).toHaveCount(1);
    await expectSignedOut(firefoxPage);
    // The browser signed out from elsewhere is told why it is at the sign-in page.
    await expect(firefoxPage.getByText("Oturumunuz kapatıldı; yeniden giriş yapın.")).toBeVisible();
    await expectOrdersPage(herePage);
    await Promise.all([here.close(), firefox.close()]);
  });
}

test("an admin changes their own password on /yonetim/hesap, which lists their sessions", async ({ page }) => {
  const email = uniqueEmail("yonetici-hesap");
  await createAdminUser(email, "Eski-Yonetici-Sifre-1");
  await signIn(page, email, "Eski-Yonetici-Sifre-1");
  await page.getByRole("navigation", { name: "Yönetim menüsü" }).getByRole("link", { name: "Hesabım" }).click();
  await expect(page.getByRole("heading", { name: "Hesabım", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Açık oturumlar" }).getByRole("listitem")).toHaveCount(1);

  await page.getByLabel("Mevcut şifre").fill("Eski-Yonetici-Sifre-1");
  await page.getByLabel("Yeni şifre", { exact: true }).fill("Yeni-Yonetici-Sifre-2");
  await page.getByLabel("Yeni şifre (tekrar)").fill("Yeni-Yonetici-Sifre-2");
  await page.getByRole("button", { name: "Şifreyi değiştir" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Şifreniz değiştirildi" })).toBeVisible();
  await expect(page).toHaveURL(/\/yonetim\/hesap\?sifre=degisti/);

  await signOutFromMenu(page);
  await expect(page).toHaveURL(/\/giris$/);
  await signIn(page, email, "Yeni-Yonetici-Sifre-2");
  await expect(page).toHaveURL(/\/yonetim$/);
});
