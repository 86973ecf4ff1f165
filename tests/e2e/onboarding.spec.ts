import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { isValidVkn, TAX_ID_MESSAGES } from "../../lib/tax-id";
import { e2eSql } from "./helpers/db";
import { openUserMenu } from "./helpers/frame";

// The e2e database is shared by every test and every rerun: each run uses its own tax number and e-mail.
function uniqueVkn(): string {
  for (;;) {
    const base = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
    for (let check = 0; check <= 9; check++) if (isValidVkn(`${base}${check}`)) return `${base}${check}`;
  }
}

/** The same number with a wrong check digit. */
function withWrongCheckDigit(vkn: string): string {
  return `${vkn.slice(0, 9)}${(Number(vkn[9]) + 1) % 10}`;
}

const SHOPIFY_TOKEN = "shpat_e2e0123456789abcdef0123456789c0de";
const PASSWORD = "Paketleme-Hesabi-2026";

async function expectFits360(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function expectStep(page: Page, number: number, label: string) {
  await expect(page.getByRole("heading", { name: `Adım ${number}: ${label}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Başvuru adımları" }).locator('[aria-current="step"]')).toHaveText(
    `${number} ${label}`,
  );
}

test("a new customer opens an account through the four steps, resuming and going back on the way", async ({
  page,
  browser,
}) => {
  const vkn = uniqueVkn();
  const email = `e2e-${Date.now()}@yilmazbutik.test`;
  const company = `E2E Butik ${vkn}`;

  await page.goto("/basla");
  await expectStep(page, 1, "Firma");
  await page.getByLabel("Firma adı").fill(company);
  await page.getByLabel("Vergi numarası").fill(withWrongCheckDigit(vkn));
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByRole("button", { name: "İleri" }).click();
  await expect(page.getByText(TAX_ID_MESSAGES.checksum)).toBeVisible();
  await expectStep(page, 1, "Firma");

  await page.getByLabel("Vergi numarası").fill(vkn);
  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 2, "Hizmet");
  await expect(page.getByRole("radio", { name: /^Premium/ })).toBeVisible();
  await expect(page.getByText(/standart fiyat ve ₺7,50 premium ek ücreti/)).toBeVisible();
  await page.getByRole("radio", { name: /^Premium/ }).check();
  await page.getByLabel("Giyim").check();
  await page.getByLabel("Kozmetik").check();
  await page.getByLabel("Özel gereksinimler").fill("Parfüm şişeleri kırılgan");
  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 3, "Entegrasyon");

  // The link e-mailed after step 1 opens the same application in another browser, at the step reached.
  const sql = e2eSql();
  try {
    const [resume] = await sql<{ data: { resumeUrl: string } }[]>`
      select data from emails where recipient = ${email} and template = 'onboarding-resume'`;
    expect(resume?.data.resumeUrl).toContain("/basla?devam=");
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(resume!.data.resumeUrl);
    await expect(otherPage.getByRole("heading", { name: "Adım 3: Entegrasyon" })).toBeVisible();
    await other.close();
  } finally {
    await sql.end();
  }

  await page.getByLabel("Shopify", { exact: true }).check();
  await page.getByLabel("Mağaza alan adı").fill("e2e-butik.myshopify.com");
  await page.getByLabel("Admin API erişim anahtarı").fill(SHOPIFY_TOKEN);
  await page.getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByText("Bağlandı: Çardak Deneme Mağazası")).toBeVisible();
  await expectFits360(page);

  await page.reload();
  await expectStep(page, 3, "Entegrasyon");
  await expect(page.getByLabel("Shopify", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Mağaza alan adı")).toHaveValue("e2e-butik.myshopify.com");
  await expect(page.getByLabel("Admin API erişim anahtarı")).toHaveValue("shpat_••••c0de");
  await expect(page.getByText(/bağlandı/i)).toBeVisible();
  expect(await page.content()).not.toContain(SHOPIFY_TOKEN);

  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 4, "Aktivasyon");
  for (const [number, label] of [
    [3, "Entegrasyon"],
    [2, "Hizmet"],
    [1, "Firma"],
  ] as const) {
    await page.getByRole("button", { name: "Geri" }).click();
    await expectStep(page, number, label);
  }
  await expect(page.getByLabel("Firma adı")).toHaveValue(company);
  await expect(page.getByLabel("Vergi numarası")).toHaveValue(vkn);
  await expect(page.getByLabel("Vergi dairesi")).toHaveValue("Kadıköy");
  await expect(page.getByLabel("E-posta")).toHaveValue(email);
  await expect(page.getByLabel("Telefon")).toHaveValue("0532 123 45 67");

  await page.goto("/basla");
  await expectStep(page, 4, "Aktivasyon");
  const summary = page.getByRole("region", { name: "Özet" });
  await expect(summary).toContainText(company);
  await expect(summary).toContainText("Premium");
  await expect(summary).toContainText("Kadıköy");
  await expect(summary).toContainText(/Fiyat.*₺7,50 premium ek ücreti/);
  await expect(summary).toContainText("Shopify: Çardak Deneme Mağazası (bağlandı)");
  await expectFits360(page);
  await page.getByRole("button", { name: "Hesabı etkinleştir" }).click();
  await expect(page.getByText("Devam etmek için hizmet sözleşmesini kabul edin")).toBeVisible();
  await page.getByLabel("Hizmet sözleşmesini okudum ve kabul ediyorum").check();
  await page.getByLabel("KVKK aydınlatma metnini okudum").check();
  await page.getByLabel("Şifre", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Şifre (tekrar)").fill(PASSWORD);
  await page.getByRole("button", { name: "Hesabı etkinleştir" }).click();

  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole("heading", { name: "Müşteri paneli" })).toBeVisible();
  await openUserMenu(page);
  await expect(page.getByText(email)).toBeVisible();
  await page.keyboard.press("Escape");

  // No address was given at step 1 (it is optional): invoices would go out without one, so the
  // portal asks for it until it is entered.
  await expect(page.getByText("Fatura adresiniz eksik")).toBeVisible();
  await page.getByRole("link", { name: "Fatura adresini girin" }).click();
  await expect(page).toHaveURL(/\/panel\/hesap#firma$/);
  await page.getByLabel("Adres", { exact: true }).fill("Caferağa Mah. Moda Cad. No: 5");
  await page.getByRole("button", { name: "Bilgileri kaydet" }).click();
  await expect(page.getByText("Firma bilgileriniz kaydedildi.").first()).toBeVisible();
  await page.goto("/panel/faturalar");
  await expect(page.getByRole("heading", { name: "Faturalar" })).toBeVisible();
  await expect(page.getByText("Fatura adresiniz eksik")).toHaveCount(0);

  const check = e2eSql();
  try {
    const sent = await check<{ status: string }[]>`
      select status from emails where recipient = ${email} and template = 'service-activated'`;
    expect(sent).toHaveLength(1);
    const [customer] = await check<{ status: string; service_type: string; integrations: number }[]>`
      select c.status, c.service_type, (select count(*)::int from integrations i where i.customer_id = c.id and i.status = 'connected') as integrations
      from customers c where c.tax_id = ${vkn}`;
    expect(customer).toEqual({ status: "active", service_type: "premium", integrations: 1 });
    const [taxOffice] = await check<{ tax_office: string }[]>`select tax_office from customers where tax_id = ${vkn}`;
    expect(taxOffice).toEqual({ tax_office: "Kadıköy" });
  } finally {
    await check.end();
  }
});

test("a field's message at step 1 goes as soon as the field is corrected, not at the next submit", async ({ page }) => {
  const vkn = uniqueVkn();
  await page.goto("/basla");
  await page.getByLabel("Firma adı").fill("A");
  await page.getByLabel("Vergi numarası").fill(withWrongCheckDigit(vkn));
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill("ayse@ornek");
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByRole("button", { name: "İleri" }).click();
  const taxId = page.getByLabel("Vergi numarası");
  await expect(taxId).toHaveAccessibleDescription(new RegExp(TAX_ID_MESSAGES.checksum));
  await expect(page.getByLabel("Firma adı")).toHaveAccessibleDescription("Firma adı girin");
  await expect(page.getByLabel("E-posta")).toHaveAccessibleDescription("Geçerli bir e-posta adresi girin");
  const fixFields = page.getByRole("alert").filter({ hasText: "Lütfen işaretli alanları düzeltin." });
  await expect(fixFields).toBeVisible();

  // The server's messages were about the values sent: corrected, each field is no longer marked.
  await taxId.fill(vkn);
  await expect(page.getByText(TAX_ID_MESSAGES.checksum)).toHaveCount(0);
  await expect(taxId).toHaveAttribute("aria-invalid", "false");
  await page.getByLabel("Firma adı").fill("Yılmaz Butik");
  await expect(page.getByText("Firma adı girin")).toHaveCount(0);
  // One field is still marked: the form's "fix the marked fields" still holds.
  await expect(fixFields).toBeVisible();
  await page.getByLabel("E-posta").fill(`duzeltilen-${Date.now()}@butik.test`);
  await expect(page.getByText("Geçerli bir e-posta adresi girin")).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  // None is: the form no longer asks for corrections it has had.
  await expect(fixFields).toHaveCount(0);
});

test("a click on İleri straight from a wrong phone number is not lost to the message the field shows as it is left", async ({
  page,
}) => {
  // On a phone the message takes two lines: it would push İleri down between the press and the release.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/basla");
  await page.getByLabel("Firma adı").fill("Yılmaz Butik");
  await page.getByLabel("Vergi numarası").fill(uniqueVkn());
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(`tiklama-${Date.now()}@butik.test`);
  await page.getByLabel("Adres").fill("Moda Cad. 1");
  await page.getByLabel("Telefon").fill("0532 12");
  await page.getByRole("button", { name: "İleri" }).click();

  // The press sent the form: the server's answer is there, not only the browser's own message.
  await expect(page.getByRole("alert").filter({ hasText: "Lütfen işaretli alanları düzeltin." })).toBeVisible();
  await expect(page.getByLabel("Telefon")).toHaveAccessibleDescription(/Telefon numarası eksik/);
  await expect(page.getByLabel("Telefon")).toBeFocused();
  await expectStep(page, 1, "Firma");

  // Corrected, the message goes as it is typed; wrong again and left with the keyboard, it shows at once.
  const phone = page.getByLabel("Telefon");
  await phone.fill("0532 123 45 67");
  await expect(phone).toHaveAttribute("aria-invalid", "false");
  await phone.fill("0532 1");
  await phone.press("Tab");
  await expect(phone).toHaveAccessibleDescription(/Telefon numarası eksik/);
  await expect(page.getByLabel("Adres")).toBeFocused();
});

test("an accepted quote's link prefills step 1 with the quote's company", async ({ page }) => {
  const token = `e2e-teklif-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const company = `Teklifli Firma ${Date.now()}`;
  const email = `teklif-${Date.now()}@firma.test`;
  const sql = e2eSql();
  try {
    await sql`
      insert into quote_requests (reference_number, company_name, contact_name, email, phone, monthly_volume, product_types,
        status, calculated_unit_price, quoted_unit_price, accepted_unit_price, public_token_hash)
      values (${`E2E-${token.slice(0, 12)}`}, ${company}, 'Mehmet Demir', ${email}, '+905551234567', '251-500', ${["Kitap", "Elektronik"]},
        'accepted', 3500, 3300, 3300, ${createHash("sha256").update(token).digest("hex")})`;
  } finally {
    await sql.end();
  }
  await page.goto(`/basla?teklif=${token}`);
  await expectStep(page, 1, "Firma");
  await expect(page.getByLabel("Firma adı")).toHaveValue(company);
  await expect(page.getByLabel("Yetkili kişi")).toHaveValue("Mehmet Demir");
  await expect(page.getByLabel("E-posta")).toHaveValue(email);
  await expect(page.getByLabel("Telefon")).toHaveValue("0555 123 45 67");
  await expect(page.getByLabel("Vergi numarası")).toHaveValue("");
});

test("a signed-in customer whose company data is missing is sent from /panel to the wizard", async ({ page }) => {
  const email = `eksik-${Date.now()}@firma.test`;
  const sql = e2eSql();
  try {
    const [customer] = await sql<{ id: string }[]>`
      insert into customers (company_name, tax_id, contact_name, email, phone)
      values ('', '', 'Eksik Bilgili', ${email}, '+905321234567') returning id`;
    await sql`
      insert into users (email, name, password_hash, role, customer_id)
      values (${email}, 'Eksik Bilgili', ${await hashPassword(PASSWORD)}, 'customer', ${customer!.id})`;
  } finally {
    await sql.end();
  }
  await page.goto("/giris");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Şifre").fill(PASSWORD);
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await expect(page).toHaveURL(/\/basla\?adim=1$/);
  await expect(page.getByText("Hesabınızın firma bilgileri eksik")).toBeVisible();
  await expectStep(page, 1, "Firma");
  await expect(page.getByLabel("E-posta")).toHaveValue(email);
  await page.goto("/panel");
  await expect(page).toHaveURL(/\/basla\?adim=1$/);
});

test("a WooCommerce shop coming back to step 3 goes on with its masked keys; a new address asks for them again", async ({
  page,
}) => {
  const key = "ck_e2e0123456789abcdef0123456789abcdef0001";
  const secret = "cs_e2efedcba9876543210fedcba9876543210f0002";
  await page.goto("/basla");
  await page.getByLabel("Firma adı").fill(`E2E Woo ${Date.now()}`);
  await page.getByLabel("Vergi numarası").fill(uniqueVkn());
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(`woo-${Date.now()}@butik.test`);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 2, "Hizmet");
  await page.getByRole("radio", { name: /^Standart/ }).check();
  await page.getByLabel("Giyim").check();
  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 3, "Entegrasyon");

  await page.getByLabel("WooCommerce", { exact: true }).check();
  await page.getByLabel("Site adresi").fill("https://www.e2e-butik.com");
  await page.getByLabel("Tüketici anahtarı (Consumer key)").fill(key);
  await page.getByLabel("Tüketici gizli anahtarı (Consumer secret)").fill(secret);
  await page.getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByText("Bağlandı: Ayşe & Kızı Butik")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Tüketici anahtarı (Consumer key)")).toHaveValue(/^ck_••••/);
  // Another address: the stored keys are not sent there, each key field asks for its value again.
  await page.getByLabel("Site adresi").fill("https://baska-bir-site.com");
  await page.getByRole("button", { name: "Bağlantıyı test et" }).click();
  await expect(page.getByLabel("Tüketici anahtarı (Consumer key)")).toHaveAccessibleDescription(
    /Mağaza adresi değiştiği için bu alanı yeniden girin/,
  );
  await expect(page.getByLabel("Tüketici gizli anahtarı (Consumer secret)")).toHaveAccessibleDescription(
    /Mağaza adresi değiştiği için bu alanı yeniden girin/,
  );

  // The address as it was: the masked keys stand for the stored ones and step 3 is left as it is.
  await page.reload();
  await page.getByRole("button", { name: "İleri" }).click();
  await expectStep(page, 4, "Aktivasyon");
  expect(await page.content()).not.toContain(key);
});
