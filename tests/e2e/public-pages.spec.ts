import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { isValidVkn } from "../../lib/tax-id";
import { e2eSql } from "./helpers/db";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";

function uniqueVkn(): string {
  for (;;) {
    const base = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
    for (let check = 0; check <= 9; check++) if (isValidVkn(`${base}${check}`)) return `${base}${check}`;
  }
}

async function clearQuoteLimit() {
  const sql = e2eSql();
  try {
    await sql`delete from rate_limit_hits where bucket = 'quote:ip'`;
  } finally {
    await sql.end();
  }
}

const stepHeading = (page: Page, name: string) => page.getByRole("heading", { name });

test("the wizard's steps each have an address: the back button goes back a step and focus lands on its heading", async ({
  page,
}) => {
  const company = `Geri Tuşu ${Date.now()}`;
  await page.goto("/basla");
  await expect(page).toHaveURL(/\/basla\?adim=1$/);
  await page.getByLabel("Firma adı").fill(company);
  await page.getByLabel("Vergi numarası").fill(uniqueVkn());
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(`geri-${Date.now()}@butik.test`);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByRole("button", { name: "İleri" }).click();

  await expect(page).toHaveURL(/\/basla\?adim=2$/);
  await expect(stepHeading(page, "Adım 2: Hizmet")).toBeFocused();
  await page.getByRole("radio", { name: /^Standart/ }).check();
  await page.getByLabel("Giyim").check();
  await page.getByRole("button", { name: "İleri" }).click();
  await expect(page).toHaveURL(/\/basla\?adim=3$/);
  await expect(stepHeading(page, "Adım 3: Entegrasyon")).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\/basla\?adim=2$/);
  await expect(stepHeading(page, "Adım 2: Hizmet")).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/basla\?adim=1$/);
  await expect(stepHeading(page, "Adım 1: Firma")).toBeFocused();
  await expect(page.getByLabel("Firma adı")).toHaveValue(company);
  await page.goForward();
  await expect(stepHeading(page, "Adım 2: Hizmet")).toBeFocused();

  // The keyboard goes on from the heading into the step's first control.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: /^Standart/ })).toBeFocused();
});

test("the quote form puts the cursor in its first wrong field, and its confirmation leads to /basla", async ({
  page,
}) => {
  await clearQuoteLimit();
  await page.setViewportSize(PHONE);
  await page.goto("/teklif-al");
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await expect(page.getByLabel("Firma adı")).toBeFocused();

  await page.getByLabel("Firma adı").fill("Odak Ltd");
  await page.getByLabel("Yetkili adı").fill("Can Demir");
  await page.getByLabel("E-posta").fill(`odak-${Date.now()}@e2e.test`);
  await page.getByLabel("Telefon").fill("0532 12");
  await page.getByLabel("Aylık sipariş adedi").selectOption("101-250");
  await page.getByRole("group", { name: "Ürün türleri" }).getByLabel("Kitap").check();
  await page.getByRole("button", { name: "Teklif iste" }).click();
  const phone = page.getByLabel("Telefon");
  await expect(phone).toBeFocused();
  await expect(phone).toBeInViewport();
  await expect(phone).toHaveAccessibleDescription(/Telefon numarası eksik/);

  await phone.fill("0532 123 45 67");
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await expect(page.getByRole("heading", { name: "Teklif talebiniz alındı" })).toBeVisible();
  const start = page.getByRole("link", { name: "Hesabınızı açın" });
  await expect(start).toHaveAttribute("href", "/basla");
  await start.click();
  await expect(stepHeading(page, "Adım 1: Firma")).toBeVisible();
});

test("on a touch screen, a tap on Teklif iste straight from a wrong phone number sends the form", async ({
  browser,
}) => {
  await clearQuoteLimit();
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/teklif-al");
  await page.getByLabel("Firma adı").fill("Dokunmatik Ltd");
  await page.getByLabel("Yetkili adı").fill("Can Demir");
  await page.getByLabel("E-posta").fill(`dokunma-${Date.now()}@e2e.test`);
  await page.getByLabel("Aylık sipariş adedi").selectOption("101-250");
  await page.getByRole("group", { name: "Ürün türleri" }).getByLabel("Kitap").check();
  await page.getByLabel("Telefon").fill("0532 12");
  await page.getByRole("button", { name: "Teklif iste" }).tap();

  // The tap reached the server: its answer is there, and the phone, its one wrong field, has the focus.
  await expect(page.getByRole("alert").filter({ hasText: "Lütfen işaretli alanları düzeltin." })).toBeVisible();
  const phone = page.getByLabel("Telefon");
  await expect(phone).toHaveAccessibleDescription(/Telefon numarası eksik/);
  await expect(phone).toBeFocused();
  await context.close();
});

test("the landing page is served as a prerendered file", async ({ request }) => {
  // Served from the cache: HIT, or STALE while a newer copy is made in the background (every 5 min).
  const answer = await request.get("/");
  expect(answer.status()).toBe(200);
  expect(["HIT", "STALE"]).toContain(answer.headers()["x-nextjs-cache"]);
  expect(await answer.text()).toContain("Aylık paket adedine göre fiyatlar");
  await expect.poll(async () => (await request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("the public pages fit a 360 px phone and pass axe-core", async ({ page }) => {
  const token = randomBytes(24).toString("base64url");
  const sql = e2eSql();
  try {
    await sql`
      insert into quote_requests (reference_number, company_name, contact_name, email, phone, monthly_volume, product_types,
        status, calculated_unit_price, quoted_unit_price, valid_until, offer_note, public_token_hash)
      values (${`E2E-${token.slice(0, 12)}`}, 'Dar Ekran Kozmetik', 'Deniz Aksoy', ${`dar-${Date.now()}@e2e.test`},
        '+905321234567', '251-500', ${["Kozmetik"]}, 'quoted', 3500, 3300, now() + interval '7 days',
        'Kırılgan ürünler için ek koruma dahildir.', ${createHash("sha256").update(token).digest("hex")})`;
  } finally {
    await sql.end();
  }
  await page.setViewportSize(PHONE);
  for (const path of ["/", "/?hacim=251-500", "/teklif-al", "/basla", "/kvkk", "/sozlesme", `/teklif/${token}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
  // The refused quote form, with every message on its field.
  await page.goto("/teklif-al");
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await expect(page.getByText("Aylık sipariş adedini seçin")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
});
