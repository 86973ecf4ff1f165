import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { e2eSql } from "./helpers/db";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";

const DESKTOP = { width: 1280, height: 900 };

/** The page at a phone's and a desktop's width: no sideways scroll, axe clean, and a screenshot of each to look at. */
async function atBothWidths(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath(`${name}-360.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
}

test("a customer downloads its data as JSON and asks for deletion (asked first); an admin erases its personal data", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const portal = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(portal, customer.email, CUSTOMER_PASSWORD);
  await portal.goto("/panel/hesap");
  const section = portal.getByRole("region", { name: "Verileriniz (KVKK)" });
  await expect(section).toBeVisible();

  const downloading = portal.waitForEvent("download");
  await section.getByRole("link", { name: "Verilerimi indir (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cardak-verilerim-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.company).toMatchObject({ id: customer.customerId, companyName: customer.companyName });
  expect(data.users.map((user: { email: string }) => user.email)).toEqual([customer.email]);

  await section.scrollIntoViewIfNeeded();
  await atBothWidths(portal, "hesap-kvkk");

  // From the keyboard: the button opens the question; Vazgeç sends nothing.
  const ask = section.getByRole("button", { name: "Hesabımın silinmesini iste" });
  await ask.focus();
  await portal.keyboard.press("Enter");
  const dialog = portal.getByRole("alertdialog", { name: "Hesabınızın silinmesini istiyor musunuz?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Faturalarınız yasal saklama süresi boyunca saklanır.");
  await portal.setViewportSize(PHONE);
  await portal.screenshot({ path: test.info().outputPath("hesap-kvkk-dialog-360.png") });
  await portal.setViewportSize(DESKTOP);
  await dialog.getByRole("button", { name: "Vazgeç" }).click();
  await expect(dialog).toBeHidden();
  await expect(ask).toBeVisible();

  await ask.click();
  await dialog.getByRole("button", { name: "Hesabımın silinmesini iste" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/Hesabınızın silinmesini .* tarihinde istediniz/)).toBeVisible();
  await expect(section.getByRole("button", { name: "Hesabımın silinmesini iste" })).toHaveCount(0);
  await atBothWidths(portal, "hesap-kvkk-talep");

  // An e-mail the customer was sent: the log keeps its name until the erasure.
  const sql = e2eSql();
  const [sent] = await sql<{ id: string }[]>`insert into emails (recipient, template, data, subject, status)
    values (${customer.email}, 'order-status', ${sql.json({ name: "E2E Kullanıcı" })}, 'Siparişiniz işleme alındı', 'stored')
    returning id`;
  await sql.end();

  const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto(`/yonetim/musteriler/${customer.customerId}`);
  await expect(admin.getByText(`KVKK silme talebi: ${customer.email}`)).toBeVisible();
  await atBothWidths(admin, "musteri-silme-talebi");
  await admin.getByRole("button", { name: "Kişisel verileri sil" }).click();
  const erase = admin.getByRole("alertdialog", { name: `${customer.companyName}: kişisel veriler silinsin mi?` });
  await expect(erase).toContainText("Bu işlem geri alınamaz.");
  await erase.getByRole("button", { name: "Kişisel verileri sil" }).click();
  await expect(admin.getByText(/Kişisel veriler .* tarihinde silindi \(KVKK\)/)).toBeVisible();
  await expect(admin.getByText(customer.email)).toHaveCount(0);
  await atBothWidths(admin, "musteri-silindi");
  // The e-mail is still listed under the customer, its content gone.
  await admin.getByRole("link", { name: /Siparişiniz işleme alındı/ }).click();
  await expect(admin).toHaveURL(new RegExp(`/yonetim/e-postalar/${sent!.id}$`));
  await expect(admin.getByText(/alıcının kişisel verileriyle birlikte KVKK kapsamında .* silindi/)).toBeVisible();
  await expect(admin.getByText(customer.email)).toHaveCount(0);
  await expect(admin.getByTitle("E-postanın görünümü")).toHaveCount(0);

  // The customer's session has ended, and its address no longer signs in.
  await portal.goto("/panel/hesap");
  await expect(portal).toHaveURL(/\/giris/);
  await portal.getByLabel("E-posta").fill(customer.email);
  await portal.getByLabel("Şifre").fill(CUSTOMER_PASSWORD);
  await portal.getByRole("button", { name: "Giriş yap" }).click();
  await expect(portal.getByRole("alert").filter({ hasText: /hatalı|geçersiz/i })).toBeVisible();
  await expect(portal).toHaveURL(/\/giris/);
});
