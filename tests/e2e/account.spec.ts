import { expect, test } from "@playwright/test";
import { e2eSql } from "./helpers/db";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";

test("a read-only field looks read-only and still shows the keyboard's focus", async ({ page }) => {
  const customer = await createCustomerWithUser();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/hesap");
  const taxId = page.getByLabel("Vergi numarası");
  const border = () => taxId.evaluate((input) => getComputedStyle(input).borderTopColor);
  await expect(taxId).toHaveCSS("border-top-style", "dashed");
  const resting = await border();
  await page.getByLabel("Firma adı").focus();
  await page.keyboard.press("Tab");
  await expect(taxId).toBeFocused();
  await expect.poll(border).not.toBe(resting);
});

test("a customer invites a colleague, who joins from the e-mailed link, and then removes them", async ({ browser }) => {
  const customer = await createCustomerWithUser();
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, customer.email, CUSTOMER_PASSWORD);
  await owner.getByRole("navigation", { name: "Müşteri paneli menüsü" }).getByRole("link", { name: "Hesap" }).click();
  await expect(owner.getByLabel("Vergi numarası")).toHaveAttribute("readonly", "");

  const colleagueEmail = `calisma-arkadasi-${Date.now()}@e2e.test`;
  await owner.getByLabel("Davet edilecek e-posta").fill(colleagueEmail);
  await owner.getByRole("button", { name: "Davet gönder" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "davet gönderildi" })).toBeVisible();

  const sql = e2eSql();
  let invitationUrl: string;
  try {
    const [mail] =
      await sql`select data from emails where recipient = ${colleagueEmail} and template = 'user-invitation'`;
    invitationUrl = String((mail?.data as { invitationUrl: string }).invitationUrl);
  } finally {
    await sql.end();
  }
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(new URL(invitationUrl).pathname);
  await expect(colleague.getByLabel("E-posta")).toHaveValue(colleagueEmail);
  await colleague.getByLabel("Ad soyad").fill("Mehmet Kaya");
  await colleague.getByLabel("Şifre", { exact: true }).fill("Mehmet-Sifresi-2026");
  await colleague.getByLabel("Şifre (tekrar)").fill("Mehmet-Sifresi-2026");
  await colleague.getByRole("button", { name: "Hesabımı oluştur" }).click();
  await expect(colleague).toHaveURL(/\/panel$/);
  await expect(colleague.getByText(customer.companyName)).toBeVisible();

  await owner.reload();
  await owner.getByRole("button", { name: `${colleagueEmail}: Kaldır` }).click();
  await owner.getByRole("alertdialog").getByRole("button", { name: "Kaldır", exact: true }).click();
  await expect(owner.getByRole("row", { name: new RegExp(colleagueEmail) })).toContainText("Kaldırıldı");
  await colleague.goto("/panel/siparisler");
  await expect(colleague).toHaveURL(/\/giris/);
});

test("changing the password keeps this browser signed in and ends the other sessions", async ({ browser }) => {
  const customer = await createCustomerWithUser();
  const here = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(here, customer.email, CUSTOMER_PASSWORD);
  await signIn(elsewhere, customer.email, CUSTOMER_PASSWORD);

  await here.goto("/panel/hesap");
  // A wrong current password is said at the top and on its field; both go once it is typed again.
  const current = here.getByLabel("Mevcut şifre");
  await current.fill("Yanlis-Sifre-123");
  await here.getByLabel("Yeni şifre", { exact: true }).fill("Yeni-Musteri-Sifresi-9");
  await here.getByLabel("Yeni şifre (tekrar)").fill("Yeni-Musteri-Sifresi-9");
  await here.getByRole("button", { name: "Şifreyi değiştir" }).click();
  const wrong = here.getByRole("alert").filter({ hasText: "Lütfen işaretli alanları düzeltin." });
  await expect(wrong).toBeVisible();
  await expect(current).toHaveAccessibleDescription("Mevcut şifreniz hatalı");
  await current.fill(CUSTOMER_PASSWORD);
  await expect(current).toHaveAttribute("aria-invalid", "false");
  await expect(wrong).toHaveCount(0);

  await here.getByRole("button", { name: "Şifreyi değiştir" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Şifreniz değiştirildi" })).toBeVisible();

  await here.goto("/panel/siparisler");
  await expect(here.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
  await elsewhere.goto("/panel/siparisler");
  await expect(elsewhere).toHaveURL(/\/giris/);
  await signIn(elsewhere, customer.email, "Yeni-Musteri-Sifresi-9");
  await expect(elsewhere).toHaveURL(/\/panel$/);
});

test("inviting another company's user looks like any invitation; its link says the address already has an account", async ({
  browser,
}) => {
  const inviter = await createCustomerWithUser();
  const elsewhere = await createCustomerWithUser();
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, inviter.email, CUSTOMER_PASSWORD);
  await owner.goto("/panel/hesap");
  await owner.getByLabel("Davet edilecek e-posta").fill(elsewhere.email);
  await owner.getByRole("button", { name: "Davet gönder" }).click();
  await expect(
    owner.getByRole("status").filter({ hasText: `${elsewhere.email} adresine davet gönderildi` }),
  ).toBeVisible();
  // Sent again, the server refuses it on the field, which takes the focus from the button.
  await owner.getByLabel("Davet edilecek e-posta").fill(elsewhere.email);
  await owner.getByRole("button", { name: "Davet gönder" }).click();
  await expect(owner.getByText("Bu adrese gönderilmiş bekleyen bir davet var").first()).toBeVisible();
  await expect(owner.getByLabel("Davet edilecek e-posta")).toBeFocused();

  const sql = e2eSql();
  let invitationUrl: string;
  try {
    const [mail] =
      await sql`select data from emails where recipient = ${elsewhere.email} and template = 'user-invitation'`;
    invitationUrl = String((mail?.data as { invitationUrl: string }).invitationUrl);
  } finally {
    await sql.end();
  }
  const recipient = await (await browser.newContext()).newPage();
  await recipient.goto(new URL(invitationUrl).pathname);
  await expect(recipient.getByText(`${elsewhere.email} adresiyle zaten bir hesabınız var.`)).toBeVisible();
  await expect(recipient.getByRole("button", { name: "Hesabımı oluştur" })).toHaveCount(0);
});
