import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./helpers/auth";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { e2eSql } from "./helpers/db";
import { expectNoHorizontalScroll, PHONE } from "./helpers/page-checks";
import { issuedInvoice, pendingOrder } from "./helpers/records";

/** A completed order of the customer, numbered outside the app's sequence like `pendingOrder`'s. */
async function completedOrder(customerId: string): Promise<{ orderNumber: string }> {
  const sql = e2eSql();
  const orderNumber = `SP-2098-${String(Date.now()).slice(-9)}`;
  try {
    await sql`insert into orders (id, order_number, customer_id, package_count, status, billing_period_start,
        estimated_unit_price, processing_started_at, completed_at)
      values (${randomUUID()}, ${orderNumber}, ${customerId}, 25, 'completed', '2026-11-15T00:00:00+03:00', 4500,
        now() - interval '2 hours', now() - interval '1 hour')`;
  } finally {
    await sql.end();
  }
  return { orderNumber };
}

const notices = (page: Page, landmark: string) => page.getByRole("search", { name: landmark }).getByRole("status");

// An edited or old link (`?durum=xyz`) gave the whole list without a word, and the user took it for
// the filtered one: each value the list cannot use is said in its filter bar, and the list is whole.
test("a list with a status it does not have says so and shows every row, at 360 px as at 1280 px", async ({ page }) => {
  const customer = await createCustomerWithUser();
  const waiting = await pendingOrder(customer.customerId);
  const done = await completedOrder(customer.customerId);
  await signIn(page, customer.email, CUSTOMER_PASSWORD);

  await page.goto("/panel/siparisler?durum=pending");
  await expect(page.getByRole("link", { name: waiting.orderNumber })).toBeVisible();
  await expect(page.getByRole("link", { name: done.orderNumber })).toHaveCount(0);
  await expect(notices(page, "Sipariş filtreleri")).toHaveCount(0);

  await page.goto("/panel/siparisler?durum=xyz");
  await expect(notices(page, "Sipariş filtreleri")).toHaveText([
    "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
  ]);
  await expect(page.getByRole("link", { name: waiting.orderNumber })).toBeVisible();
  await expect(page.getByRole("link", { name: done.orderNumber })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Durum" })).toHaveValue("");

  // A long value is cut, an unknown sort is said too, and the notices wrap on a phone.
  const long = "durum-".repeat(60);
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`/panel/siparisler?durum=${long}&sirala=foo`);
    await expect(notices(page, "Sipariş filtreleri")).toHaveText([
      `“${long.slice(0, 40)}…” bu listede bir durum değil; durum filtresi uygulanmadı.`,
      "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
    ]);
    await expect(page.getByRole("link", { name: done.orderNumber })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/filtre-uyarisi-${viewport.width}.png`, fullPage: true });
  }
  await expectNoHorizontalScroll(page);

  // The filter form sends none of it back: Filtrele gives the list as it is shown, without a notice.
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).not.toHaveURL(/durum-|sirala/);
  await expect(notices(page, "Sipariş filtreleri")).toHaveCount(0);
  await expect(page.getByRole("link", { name: waiting.orderNumber })).toBeVisible();
});

test("operations' lists say each select and sort of the address they cannot use, and count every row", async ({
  page,
}) => {
  await createCustomerWithUser();
  await signInAsAdmin(page);
  await page.goto("/yonetim/musteriler");
  const summary = page.getByText(/^\d[\d.]*\+? müşteri$/);
  const all = await summary.textContent();

  await page.goto("/yonetim/musteriler?durum=xyz&kademe=9&hizmet=vip&sirala=foo&yon=yukari");
  await expect(notices(page, "Müşteri filtreleri")).toHaveText([
    "“xyz” bu listede bir durum değil; durum filtresi uygulanmadı.",
    "“9” bu listede bir kademe değil; kademe filtresi uygulanmadı.",
    "“vip” bu listede bir hizmet türü değil; hizmet türü filtresi uygulanmadı.",
    "“foo” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
    "“yukari” bir sıralama yönü değil (artan ya da azalan); sıralama yönü uygulanmadı.",
  ]);
  await expect(summary).toHaveText(all!);
  // The export is of the list shown: none of the values the page ignored goes to it.
  await expect(page.getByRole("link", { name: "CSV indir" })).toHaveAttribute("href", "/yonetim/musteriler/csv");

  await page.goto("/yonetim/denetim?tur=XYZ&islem=order.created&kullanici=1");
  await expect(notices(page, "Denetim kaydı filtreleri")).toHaveText([
    "“XYZ” bu listede bir kayıt türü değil; kayıt türü filtresi uygulanmadı.",
    "“1” bu listede bir kullanıcı değil; kullanıcı filtresi uygulanmadı.",
  ]);
  await page.goto("/yonetim/e-postalar?durum=gonderildi&sablon=Fatura");
  await expect(notices(page, "E-posta filtreleri")).toHaveText([
    "“gonderildi” bu listede bir durum değil; durum filtresi uygulanmadı.",
    "“Fatura” bu listede bir şablon değil; şablon filtresi uygulanmadı.",
  ]);
  await page.goto("/yonetim/teklifler?durum=acik");
  await expect(notices(page, "Teklif filtreleri")).toHaveText([
    "“acik” bu listede bir durum değil; durum filtresi uygulanmadı.",
  ]);
  await page.goto("/yonetim/faturalar?durum=odendi&q=ab&sirala=tarih");
  await expect(notices(page, "Fatura filtreleri")).toHaveText([
    "“ab” en az 3 harflik bir kelime içermiyor; arama filtresi uygulanmadı.",
    "“odendi” bu listede bir durum değil; durum filtresi uygulanmadı.",
    "“tarih” bu listede sıralanabilen bir sütun değil; sıralama uygulanmadı.",
  ]);
  await page.goto("/yonetim/kullanicilar?rol=root");
  await expect(notices(page, "Kullanıcı filtreleri")).toHaveText([
    "“root” bu listede bir rol değil; rol filtresi uygulanmadı.",
  ]);
  await page.goto("/yonetim/siparisler?durum=bekliyor");
  await expect(notices(page, "Sipariş filtreleri")).toHaveText([
    "“bekliyor” bu listede bir durum değil; durum filtresi uygulanmadı.",
  ]);
});

test("operations' invoice list filtered by a customer names them in its Müşteri field, keeps them under another filter, and says so of an id no customer has", async ({
  page,
}) => {
  const customer = await createCustomerWithUser({ name: `Fatura Süzgeci ${randomUUID().slice(0, 8)}` });
  const other = await createCustomerWithUser();
  const own = await issuedInvoice(customer.customerId, customer.companyName);
  const others = await issuedInvoice(other.customerId, other.companyName);
  await signInAsAdmin(page);
  await page.goto(`/yonetim/faturalar?musteri=${customer.customerId}`);
  const filters = page.getByRole("search", { name: "Fatura filtreleri" });
  const picker = filters.getByRole("combobox", { name: "Müşteri" });
  await expect(picker).toHaveText(customer.companyName);
  await expect(page.getByRole("link", { name: own.invoiceNumber })).toBeVisible();
  await expect(page.getByRole("link", { name: others.invoiceNumber })).toHaveCount(0);

  await filters.getByLabel("Durum").selectOption({ label: "Ödeme bekleniyor" });
  await filters.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(new RegExp(`musteri=${customer.customerId}`));
  await expect(page).toHaveURL(/durum=/);
  await expect(picker).toHaveText(customer.companyName);
  await expect(page.getByRole("link", { name: own.invoiceNumber })).toBeVisible();
  await expect(page.getByRole("link", { name: others.invoiceNumber })).toHaveCount(0);

  await page.goto(`/yonetim/faturalar?musteri=${randomUUID()}`);
  await expect(picker).toHaveAttribute("aria-invalid", "true");
  await expect(picker).toHaveAccessibleDescription(/Bu müşteri bulunamadı\./);
  await expect(page.getByText("Bu filtrelere uyan kayıt yok")).toBeVisible();
});
