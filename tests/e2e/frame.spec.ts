import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { KVKK_NOTICE, SERVICE_AGREEMENT } from "../../lib/legal";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { openUserMenu } from "./helpers/frame";
import { issuedInvoice } from "./helpers/records";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";

const portalMenu = (page: Page) => page.getByRole("navigation", { name: "Müşteri paneli menüsü" });
const adminMenu = (page: Page) => page.getByRole("navigation", { name: "Yönetim menüsü" });

async function signedInCustomer(page: Page) {
  const customer = await createCustomerWithUser();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  return customer;
}

test("the portal's menu marks the current page, and a deeper page's section", async ({ page }) => {
  await signedInCustomer(page);
  await page.goto("/panel");
  await expect(portalMenu(page).getByRole("link", { name: "Özet" })).toHaveAttribute("aria-current", "page");
  await expect(portalMenu(page).getByRole("link", { name: "Siparişler" })).not.toHaveAttribute("aria-current");

  await portalMenu(page).getByRole("link", { name: "Siparişler" }).click();
  await expect(page.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
  await expect(portalMenu(page).getByRole("link", { name: "Siparişler" })).toHaveAttribute("aria-current", "page");
  await expect(portalMenu(page).getByRole("link", { name: "Özet" })).not.toHaveAttribute("aria-current");
  await expect(portalMenu(page).getByRole("link")).toHaveText(["Özet", "Siparişler", "Faturalar", "Hesap"]);
});

test("a wrong order id in the portal is the portal's own 404 page, inside its menu", async ({ page }) => {
  await signedInCustomer(page);
  for (const id of [randomUUID(), "boyle-bir-siparis-yok"]) {
    const response = await page.goto(`/panel/siparisler/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
    await expect(portalMenu(page).getByRole("link", { name: "Siparişler" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("main").getByRole("link", { name: "Özete dön" })).toHaveAttribute("href", "/panel");
  }
  expect((await page.goto("/panel/boyle-bir-sayfa-yok"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
  await expect(portalMenu(page)).toBeVisible();
});

test("a wrong quote id in the admin is the admin's own 404 page, inside its menu", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const response = await page.goto(`/yonetim/teklifler/${randomUUID()}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
  await expect(adminMenu(page).getByRole("link", { name: "Teklifler" })).toHaveAttribute("aria-current", "true");
  // The benchmark's empty page (app/(admin)/yonetim/bos/page.bench.tsx) is a page only in the
  // benchmark's own build (BENCH_PAGES=1).
  expect((await page.goto("/yonetim/bos"))?.status()).toBe(404);
  // An address that is no page at all stays inside the admin too.
  expect((await page.goto("/yonetim/boyle-bir-sayfa/yok"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
  await expect(adminMenu(page)).toBeVisible();
  await expect(adminMenu(page).getByRole("link")).toHaveText([
    "Özet",
    "Teklifler",
    "Müşteriler",
    "Siparişler",
    "Faturalar",
    "Fiyatlandırma",
    "E-postalar",
    "Denetim",
    "Kullanıcılar",
    "Hesabım",
  ]);
});

test("on a phone the menu opens as a sheet, works with the keyboard and closes again", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signedInCustomer(page);
  await page.goto("/panel");
  await expect(portalMenu(page)).toBeHidden();

  const menuButton = page.getByRole("button", { name: "Menü", exact: true });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: "Müşteri paneli menüsü" });
  await expect(sheet).toBeVisible();
  await expect(portalMenu(page).getByRole("link", { name: "Özet" })).toHaveAttribute("aria-current", "page");
  await expectNoHorizontalScroll(page);

  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Tab reaches the menu's links inside the sheet; Enter follows one and the sheet closes.
  await page.keyboard.press("Enter");
  await expect(sheet).toBeVisible();
  const orders = sheet.getByRole("link", { name: "Siparişler" });
  for (let presses = 0; presses < 5 && !(await orders.evaluate((link) => link === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(orders).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/panel\/siparisler$/);
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
});

test("a customer cannot see the admin's frame: /yonetim is the public 404 page for them", async ({ page }) => {
  await signedInCustomer(page);
  for (const path of ["/yonetim", "/yonetim/boyle-bir-sayfa-yok"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Sayfa bulunamadı", level: 1 })).toBeVisible();
    await expect(adminMenu(page)).toHaveCount(0);
  }
});

/**
 * What the client-side router sends when it moves from one admin page to another: the tree it already
 * shows, so the server renders only the segments below the shared layout. The layout's own check does
 * not run for such a request; each page must check for itself.
 */
function adminRouterTree(from: string) {
  const page = ["__PAGE__", {}];
  const tree = ["", { children: ["(admin)", { children: ["yonetim", { children: [from, { children: page }] }] }] }];
  return encodeURIComponent(JSON.stringify(tree));
}

test("a customer's router request for an admin page, as if the admin frame were already shown, gets none of its data", async ({
  page,
  browser,
}) => {
  const other = await createCustomerWithUser({ name: `Gizli Fatura Firması ${randomUUID().slice(0, 8)}` });
  const invoice = await issuedInvoice(other.customerId, other.companyName);
  const paths = [
    `/yonetim/faturalar?musteri=${other.customerId}`,
    `/yonetim/faturalar/${invoice.id}`,
    `/yonetim/musteriler?q=${encodeURIComponent(other.companyName)}`,
  ];
  const routerRequest = (on: Page, path: string) =>
    // Followed, the server's redirect adds the cache-busting `_rsc` parameter these headers need.
    on.request.get(path, { headers: { RSC: "1", "Next-Router-State-Tree": adminRouterTree("siparisler") } });

  // The request itself is sound: an admin gets the page's data, and only the page, without the frame.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  for (const path of paths) {
    const body = await (await routerRequest(admin, path)).text();
    expect(body, path).toContain(other.companyName);
    expect(body, path).not.toContain("Yönetim menüsü");
  }
  await admin.context().close();

  await signedInCustomer(page);
  for (const path of paths) {
    const response = await routerRequest(page, path);
    const body = await response.text();
    expect(response.ok(), path).toBe(true);
    expect(body, path).not.toContain(invoice.invoiceNumber);
    expect(body, path).not.toContain(other.companyName);
    expect(body, path).not.toContain("Dönemi faturalandır");
  }
});

test("the frame works without JavaScript: the phone's menu, the user menu and Çıkış", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  const customer = await signedInCustomer(page);
  await page.goto("/panel");
  await page.getByRole("button", { name: "Menü", exact: true }).click();
  const sheet = page.getByRole("dialog", { name: "Müşteri paneli menüsü" });
  await expect(sheet).toBeVisible();
  await sheet.getByRole("link", { name: "Siparişler" }).click();
  await expect(page).toHaveURL(/\/panel\/siparisler$/);
  await expect(page.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
  await expect(sheet).toBeHidden();

  await openUserMenu(page);
  await expect(page.getByText(customer.email)).toBeVisible();
  await page.getByRole("button", { name: "Çıkış" }).click();
  await expect(page).toHaveURL(/\/giris$/);
  await context.close();
});

test("the user menu shows who is signed in and leads to the account page", async ({ page }) => {
  const customer = await signedInCustomer(page);
  await page.goto("/panel");
  await openUserMenu(page);
  await expect(page.getByText(customer.email)).toBeVisible();
  await page.getByRole("link", { name: "Hesabım" }).click();
  await expect(page).toHaveURL(/\/panel\/hesap$/);
  await expect(portalMenu(page).getByRole("link", { name: "Hesap" })).toHaveAttribute("aria-current", "page");
});

test("the frame's pages fit a 360 px phone and pass axe-core", async ({ page }) => {
  await page.setViewportSize(PHONE);
  // "/" is checked for width only: its pricing table (not the frame) still fails axe (round two).
  await page.goto("/");
  await expectNoHorizontalScroll(page);
  for (const path of ["/kvkk", "/sozlesme", "/giris", "/boyle-bir-sayfa-yok"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
  await signedInCustomer(page);
  for (const path of ["/panel", `/panel/siparisler/${randomUUID()}`]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole("button", { name: "Menü", exact: true }).click();
  await expectNoSeriousA11yViolations(page);
});

test("the admin frame fits a 360 px phone and passes axe-core", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const path of ["/yonetim", `/yonetim/teklifler/${randomUUID()}`]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
});

test("the public header offers Panelim instead of Giriş and Başla to whoever is signed in", async ({ browser }) => {
  const visitor = await browser.newPage();
  await visitor.goto("/kvkk");
  const visitorMenu = visitor.getByRole("navigation", { name: "Ana menü" });
  await expect(visitorMenu.getByRole("link", { name: "Giriş" })).toBeVisible();
  await expect(visitorMenu.getByRole("link", { name: "Panelim" })).toHaveCount(0);

  const customerPage = await browser.newPage();
  await signedInCustomer(customerPage);
  await customerPage.goto("/");
  const customerMenu = customerPage.getByRole("navigation", { name: "Ana menü" });
  await expect(customerMenu.getByRole("link", { name: "Panelim" })).toHaveAttribute("href", "/panel");
  await expect(customerMenu.getByRole("link", { name: "Giriş" })).toHaveCount(0);
  await expect(customerMenu.getByRole("link", { name: "Başla" })).toHaveCount(0);

  const adminPage = await browser.newPage();
  await signIn(adminPage, ADMIN.email, ADMIN.password);
  await adminPage.goto("/teklif-al");
  await expect(
    adminPage.getByRole("navigation", { name: "Ana menü" }).getByRole("link", { name: "Panelim" }),
  ).toHaveAttribute("href", "/yonetim");
  await Promise.all([visitor.close(), customerPage.close(), adminPage.close()]);
});

test("/kvkk and /sozlesme show the text versions that activation records, linked from the footer", async ({ page }) => {
  for (const [path, text] of [
    ["/kvkk", KVKK_NOTICE],
    ["/sozlesme", SERVICE_AGREEMENT],
  ] as const) {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: text.title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { name: text.title, level: 1 })).toBeVisible();
    await expect(page.getByTestId("metin-surumu")).toHaveText(text.version);
    for (const paragraph of text.paragraphs) await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
  }
});

test("the footer gives the company's phone, e-mail and address from configuration", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: process.env.COMPANY_PHONE ?? "+90 212 555 01 00" })).toHaveAttribute(
    "href",
    /^tel:\+90/,
  );
  const email = process.env.COMPANY_EMAIL ?? "destek@cardakpaketleme.com.tr";
  await expect(footer.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  await expect(footer).toContainText(process.env.COMPANY_ADDRESS!);
});

test("robots.txt keeps crawlers out of the portal, the admin and the API; the icons are served", async ({
  request,
}) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  for (const path of ["/panel", "/yonetim", "/api"]) expect(text).toContain(`Disallow: ${path}`);
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
    ["/icon-192.png", "image/png"],
    ["/icon-512.png", "image/png"],
    ["/opengraph-image.png", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
});

test("the pages say where their icons and social preview image are", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /\/icon\.svg/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /\/apple-icon\.png/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${process.env.APP_URL}/opengraph-image\\.png`));
});
