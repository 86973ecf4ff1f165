import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCustomerWithUser } from "./helpers/customers";
import { e2eSql } from "./helpers/db";
import { quotedOffer } from "./helpers/records";

/** Every run submits quotes from 127.0.0.1: start each test below the per-IP hourly limit. */
async function clearQuoteLimit() {
  const sql = e2eSql();
  try {
    await sql`delete from rate_limit_hits where bucket = 'quote:ip'`;
  } finally {
    await sql.end();
  }
}

/** Nothing sticks out sideways on a 360 px phone screen. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function signInAsAdmin(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/giris");
  await page.getByLabel("E-posta").fill(process.env.ADMIN_EMAIL ?? "admin@e2e.test");
  await page.getByLabel("Şifre").fill(process.env.ADMIN_PASSWORD ?? "E2e-Yonetici-Sifresi");
  await page.getByRole("button", { name: "Giriş yap" }).click();
  await expect(page).toHaveURL(/\/yonetim$/);
  return page;
}

test("a visitor's quote reaches operations, the offer reaches the visitor, accepting leads to /basla", async ({
  page,
  browser,
}) => {
  await clearQuoteLimit();
  const stamp = Date.now();
  const email = `teklif-${stamp}@e2e.test`;
  const company = `E2E Tekstil ${stamp}`;

  // The visitor's side of the whole flow runs on a phone-sized screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/teklif-al");
  await expectNoSidewaysScroll(page);
  await page.getByLabel("Firma adı").fill(company);
  await page.getByLabel("Yetkili adı").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByLabel("Aylık sipariş adedi").selectOption("251-500");
  const preview = page.getByTestId("teklif-fiyat");
  await expect(preview).toContainText("₺35,00");
  await expect(preview).toContainText("₺13.125,00");
  const types = page.getByRole("group", { name: "Ürün türleri" });
  await types.getByLabel("Giyim").check();
  await types.getByLabel("Ev ve yaşam").check();
  await page.getByLabel("Özel gereksinimler").fill("Hediye paketi istiyoruz.");
  await page.getByLabel("Kırılgan ürün var").check();
  await page.getByRole("button", { name: "Teklif iste" }).dblclick();

  await expect(page.getByRole("heading", { name: "Teklif talebiniz alındı" })).toBeVisible();
  const reference = (await page.getByTestId("teklif-referans").textContent())!.trim();
  expect(reference).toMatch(/^TKF-\d{4}-\d{6}$/);
  await expect(page.getByText("₺35,00")).toBeVisible();

  const sql = e2eSql();
  try {
    // The double click submitted once.
    const saved =
      await sql`select status, calculated_unit_price, needs_review from quote_requests where email = ${email}`;
    expect(saved).toEqual([{ status: "pending", calculated_unit_price: 3500, needs_review: true }]);

    const admin = await signInAsAdmin(browser);
    await admin.getByRole("navigation", { name: "Yönetim menüsü" }).getByRole("link", { name: "Teklifler" }).click();
    await admin.getByLabel("Ara", { exact: true }).fill(email.toUpperCase());
    await admin.getByRole("button", { name: "Filtrele" }).click();
    await expect(admin).toHaveURL(/q=/);
    const row = admin.getByRole("row", { name: new RegExp(company) });
    await expect(row).toContainText("Yeni");
    await row.getByRole("link", { name: reference }).click();

    await expect(admin.getByRole("heading", { level: 1 })).toContainText(company);
    await expect(admin.getByText("Hediye paketi istiyoruz.")).toBeVisible();
    // Each answer on the page takes the focus and leaves the address, the second one on the same page too.
    await admin.getByRole("button", { name: "İncelendi olarak işaretle" }).click();
    await expect(admin.locator(":focus")).toContainText("Talep incelendi olarak işaretlendi.");
    await expect(admin).not.toHaveURL(/sonuc=/);
    const price = admin.getByLabel("Birim fiyat (TL)");
    await expect(price).toHaveValue("35,00");
    await expect(admin.getByLabel("Geçerlilik (gün)")).toHaveValue("14");
    // Sending is final, so it asks first, naming the price beside the calculated one; a price far from
    // it (a typo) is pointed out, and dismissing sends nothing.
    const confirmDialog = admin.getByRole("alertdialog", { name: "Teklif gönderilsin mi?" });
    // Only an offer that could be sent is asked about: invalid fields show their errors instead, by
    // the button and by Enter alike.
    const validity = admin.getByLabel("Geçerlilik (gün)");
    await price.fill("abc");
    await validity.fill("0");
    await admin.getByRole("button", { name: "Teklif gönder" }).click();
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await expect(validity).toHaveAttribute("aria-invalid", "true");
    await expect(confirmDialog).toBeHidden();
    await price.press("Enter");
    await expect(confirmDialog).toBeHidden();
    await validity.fill("14");
    // Enter in a field asks too: it does not send past the question.
    await price.fill("325");
    await price.press("Enter");
    await expect(confirmDialog).toContainText("paket başına ₺325,00 (KDV hariç, hesaplanan ₺35,00)");
    await expect(confirmDialog).toContainText("Bu fiyat hesaplanan fiyattan çok farklı.");
    await confirmDialog.getByRole("button", { name: "Vazgeç" }).click();
    await expect(confirmDialog).toBeHidden();
    await price.fill("32,50");
    await admin.getByLabel("Teklif notu").fill("İlk ay depolama ücretsiz.");
    await admin.getByRole("button", { name: "Teklif gönder" }).click();
    await expect(confirmDialog).toContainText("paket başına ₺32,50 (KDV hariç, hesaplanan ₺35,00), 14 gün geçerli");
    await expect(confirmDialog).not.toContainText("çok farklı");
    await confirmDialog.getByRole("button", { name: "Teklif gönder" }).click();
    await expect(admin.getByText("Teklif gönderildi; teklif bağlantısı")).toBeVisible();
    await expect(admin.locator(":focus")).toContainText("Teklif gönderildi");
    await expect(admin).not.toHaveURL(/sonuc=/);
    await admin.context().close();

    const [mail] =
      await sql`select data->>'offerUrl' as url from emails where template = 'offer' and recipient = ${email}`;
    const offerUrl = new URL(String(mail?.url));
    expect(offerUrl.pathname).toMatch(/^\/teklif\/[\w-]{43}$/);

    await page.goto(offerUrl.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
    await expect(page.getByText("₺32,50")).toBeVisible();
    await expect(page.getByText("İlk ay depolama ücretsiz.")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.getByRole("button", { name: "Teklifi kabul et" }).click();
    await expect(page).toHaveURL(/\/basla\?teklif=[\w-]{43}$/);

    const [accepted] = await sql`select status, accepted_unit_price from quote_requests where email = ${email}`;
    expect(accepted).toEqual({ status: "accepted", accepted_unit_price: 3250 });

    // The link cannot be used a second time.
    await page.goto(offerUrl.pathname);
    await expect(page.getByText("Bu teklif zaten kabul edildi.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Teklifi kabul et" })).toHaveCount(0);

    // Once the account is open, the link leads to signing in, not to a second account.
    const opened = await createCustomerWithUser();
    await sql`update quote_requests set customer_id = ${opened.customerId} where email = ${email}`;
    await page.reload();
    await expect(page.getByText("Bu teklifi kabul ettiniz ve hesabınız açıldı.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Hesabınızı açmaya devam edin" })).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: "Giriş yap" }).click();
    await expect(page).toHaveURL(/\/giris$/);
  } finally {
    await sql.end();
  }
});

test("without JavaScript the form shows Turkish errors beside the fields and saves nothing", async ({ browser }) => {
  await clearQuoteLimit();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `nojs-${Date.now()}@e2e.test`;
  await page.goto("/teklif-al");
  await page.getByLabel("Firma adı").fill("JS'siz Ltd");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Telefon").fill("0532 12");
  await page.getByRole("button", { name: "Teklif iste" }).click();

  await expect(page.getByLabel("Yetkili adı")).toHaveAccessibleDescription("Yetkili adını girin");
  await expect(page.getByLabel("Telefon")).toHaveAccessibleDescription(/Telefon numarası eksik/);
  await expect(page.getByText("En az bir ürün türü seçin")).toBeVisible();
  await expect(page.getByText("Aylık sipariş adedini seçin")).toBeVisible();
  await expect(page.getByLabel("Firma adı")).toHaveValue("JS'siz Ltd");

  // Corrected, the same form goes through, still without JavaScript.
  await page.getByLabel("Yetkili adı").fill("Can Demir");
  await page.getByLabel("Telefon").fill("+90 532 123 4567");
  await page.getByLabel("Aylık sipariş adedi").selectOption("1000+");
  await page.getByRole("group", { name: "Ürün türleri" }).getByLabel("Kitap").check();
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await expect(page.getByRole("heading", { name: "Teklif talebiniz alındı" })).toBeVisible();
  await expect(page.getByText("₺26,00")).toBeVisible();
  await context.close();

  const sql = e2eSql();
  try {
    expect(await sql`select phone, monthly_volume from quote_requests where email = ${email}`).toEqual([
      { phone: "+905321234567", monthly_volume: "1000+" },
    ]);
  } finally {
    await sql.end();
  }
});

test("a declined offer, opened again, says the shop declined it and offers a new quote", async ({ page }) => {
  const offer = await quotedOffer();
  await page.goto(`/teklif/${offer.token}`);
  await page.getByRole("button", { name: "Teklifi reddet" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Teklifi reddet" }).click();
  // The answer, not only the buttons going: they also go busy while the decline is sent, and a reload
  // then could cut it off.
  await expect(page.getByRole("main").getByText("Teklifi reddettiniz. İlginiz için teşekkür ederiz")).toBeVisible();
  await expect(page.getByRole("button", { name: "Teklifi kabul et" })).toHaveCount(0);

  await page.goto(`/teklif/${offer.token}`);
  await expect(page.getByText("Bu teklifi reddettiniz.")).toBeVisible();
  await expect(page.getByText("Bu teklif artık geçerli değil.")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Yeni teklif iste" })).toHaveAttribute(
    "href",
    "/teklif-al",
  );
});
