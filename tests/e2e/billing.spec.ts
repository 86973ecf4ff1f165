import { randomInt, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { billingPeriodLabel, lastEndedPeriod, periodKey } from "../../lib/billing/period";
import { formatKurus } from "../../lib/money";
import { pdfText } from "../fixtures/pdf-text";
import { signInAsAdmin } from "./helpers/auth";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { e2eSql } from "./helpers/db";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A customer since before the last ended period, with 130 packages completed in it: the period run
 * bills it. Other tests' customers joined today and have nothing to bill in that period.
 */
async function customerToBill() {
  const customer = await createCustomerWithUser({ name: `Kırlangıç Tekstil ${randomInt(1e5, 1e6)} Ltd. Şti.` });
  const period = lastEndedPeriod(new Date());
  const sql = e2eSql();
  try {
    await sql`update customers set created_at = ${new Date(period.start.getTime() - 30 * DAY)} where id = ${customer.customerId}`;
    const completedAt = new Date(period.start.getTime() + 5 * DAY);
    await sql`insert into orders (order_number, customer_id, package_count, status, billing_period_start,
        estimated_unit_price, processing_started_at, completed_at, created_at)
      values (${`SP-E2E-${randomInt(1e8, 1e9)}`}, ${customer.customerId}, 130, 'completed', ${period.start}, 4000,
        ${completedAt}, ${completedAt}, ${completedAt})`;
  } finally {
    await sql.end();
  }
  return { ...customer, period };
}

async function invoiceOf(customerId: string) {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ id: string; invoice_number: string; total: number; status: string }[]>`
      select id, invoice_number, total::int as total, status from invoices where customer_id = ${customerId}`;
    return row!;
  } finally {
    await sql.end();
  }
}

/** Time moves by rewriting the invoice's dates: issued three days ago, due two days ago (past the grace). */
async function makeLongOverdue(invoiceId: string) {
  const sql = e2eSql();
  try {
    await sql`update invoices set issued_at = ${new Date(Date.now() - 3 * DAY)}, due_at = ${new Date(Date.now() - 2 * DAY)}
      where id = ${invoiceId}`;
  } finally {
    await sql.end();
  }
}

/** Screenshots to look at, only when asked for (SHOTS_DIR): the page at 1280 px and at 360 px. */
async function shoot(page: Page, name: string, width: number) {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
}

/** The page at 360 px: no sideways scrolling, no serious accessibility violation; then back to desktop. */
async function checkPage(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoSeriousA11yViolations(page);
  await shoot(page, name, 1280);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, name, PHONE.width);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function confirm(page: Page, action: string) {
  await page.getByRole("button", { name: action }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: action }).click();
  await expect(dialog).toBeHidden();
}

test("a period billed by operations, seen and downloaded by the customer, suspended when late, reopened by a bank transfer", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const customer = await customerToBill();
  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);

  // Operations bill the last ended period, the form's default.
  await admin.goto("/yonetim/faturalar");
  await admin.getByRole("button", { name: "Dönemi faturalandır" }).click();
  const billDialog = admin.getByRole("alertdialog");
  await expect(billDialog.getByLabel("Dönem")).toHaveValue(periodKey(customer.period));
  await shoot(admin, "donemi-faturalandir-dialog", 1280);
  await billDialog.getByRole("button", { name: "Dönemi faturalandır" }).click();
  await expect(admin.getByText(/dönemi faturalandırıldı: \d+ fatura kesildi/).first()).toBeVisible();
  const invoice = await invoiceOf(customer.customerId);
  expect(invoice.status).toBe("sent");
  // The run is listed with its period, its state, who started it and what it issued.
  const run = admin
    .getByTestId("faturalandirma")
    .filter({ hasText: `${billingPeriodLabel(customer.period)} dönemi` })
    .first();
  await expect(run).toContainText("Tamamlandı");
  await expect(run).toContainText(/\d+ fatura kesildi\./);
  await expect(run).toContainText("Başlatan: Yönetici");
  const total = formatKurus(invoice.total);

  // The list finds it by the customer's name, with its totals and a link to the customer.
  await admin.getByLabel("Ara").fill("Kırlangıç");
  await admin.getByRole("button", { name: "Filtrele" }).click();
  await expect(admin.getByRole("link", { name: invoice.invoice_number })).toBeVisible();
  await expect(admin.getByRole("link", { name: customer.companyName })).toHaveAttribute(
    "href",
    `/yonetim/musteriler/${customer.customerId}`,
  );
  await checkPage(admin, "yonetim-faturalar");
  // Sorted on screen by the total, the list's `CSV indir` asks for the file in that order.
  await admin
    .getByRole("columnheader", { name: /Toplam/ })
    .getByRole("link")
    .click();
  await expect(admin).toHaveURL(/sirala=tutar/);
  await expect(admin.getByRole("link", { name: "CSV indir" })).toHaveAttribute(
    "href",
    /^\/yonetim\/faturalar\/csv\?q=[^&]+&sirala=tutar&yon=azalan$/,
  );

  // The customer sees it in its list and on its page, with the time left, and downloads the PDF.
  const portal = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(portal, customer.email, CUSTOMER_PASSWORD);
  await portal.goto("/panel/faturalar");
  await checkPage(portal, "panel-faturalar");
  await portal.getByRole("link", { name: invoice.invoice_number }).click();
  await expect(portal).toHaveURL(`/panel/faturalar/${invoice.id}`);
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText(`Fatura ${invoice.invoice_number}`);
  await expect(portal.getByTestId("fatura-toplam")).toHaveText(total);
  await expect(portal.getByTestId("kalan-sure")).toHaveText(/\((2[0-4]|1\d) saat kaldı\)/);
  await expect(portal.getByTestId("iban")).toBeVisible();
  await checkPage(portal, "panel-fatura");
  const [download] = await Promise.all([
    portal.waitForEvent("download"),
    portal.getByRole("link", { name: "PDF indir" }).click(),
  ]);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain(invoice.invoice_number);
  expect(text).toContain(total);
  expect(text).toContain("Şti.");

  // Past the due time and the grace: `Vadeleri işle` suspends the customer.
  await makeLongOverdue(invoice.id);
  await admin.goto("/yonetim/faturalar");
  await confirm(admin, "Vadeleri işle");
  await expect(admin.getByText(/[1-9]\d* müşteri askıya alındı/).first()).toBeVisible();
  await portal.goto("/panel/siparisler");
  await expect(portal.getByText("Hesabınız askıya alındı")).toBeVisible();
  // No order form to be refused after filling it in: the reason and the way out in its place.
  await expect(portal.getByLabel("Paket adedi")).toHaveCount(0);
  await expect(portal.locator("#yeni-siparis")).toContainText(
    "Ödenmemiş faturalarınız nedeniyle yeni sipariş oluşturamazsınız.",
  );
  await expect(portal.getByRole("link", { name: "Faturalarımı öde" })).toBeVisible();
  await portal.goto(`/panel/faturalar/${invoice.id}`);
  await expect(portal.getByTestId("kalan-sure")).toHaveText("(Vadesi geçti)");

  // The money arrives by bank transfer: operations record it and the account opens again.
  await admin.goto(`/yonetim/faturalar/${invoice.id}`);
  await checkPage(admin, "yonetim-fatura");
  // Recorded for good (paid, the customer told), so it asks first, naming the invoice and the sum;
  // but only once there is something to record: without the bank's reference the field says so.
  const confirmPayment = admin.getByRole("alertdialog", { name: "Ödeme kaydedilsin mi?" });
  await admin.getByRole("button", { name: "Havale/EFT kaydet" }).click();
  await expect(admin.getByLabel("Referans")).toHaveAttribute("aria-invalid", "true");
  await expect(confirmPayment).toBeHidden();
  await admin.getByLabel("Referans").fill("EFT-2026-778899");
  // Corrected, the field's message goes as it is typed, not only once the field is left.
  await expect(admin.getByLabel("Referans")).toHaveAttribute("aria-invalid", "false");
  // A day after today is refused before the question too, on its field, which takes the focus.
  const today = await admin.getByLabel("Ödeme tarihi").inputValue();
  await admin.getByLabel("Ödeme tarihi").fill("2099-01-01");
  await admin.getByRole("button", { name: "Havale/EFT kaydet" }).click();
  await expect(admin.getByText("Ödeme tarihi bugünden sonra olamaz.")).toBeVisible();
  await expect(confirmPayment).toBeHidden();
  await expect(admin.getByLabel("Ödeme tarihi")).toBeFocused();
  await admin.getByLabel("Ödeme tarihi").fill(today);
  await admin.getByRole("button", { name: "Havale/EFT kaydet" }).click();
  await expect(confirmPayment).toContainText(`${invoice.invoice_number}: ₺`);
  await expect(confirmPayment).toContainText("Bu işlem geri alınamaz.");
  await confirmPayment.getByRole("button", { name: "Havale/EFT kaydet" }).click();
  await expect(
    admin.getByText(`${invoice.invoice_number} numaralı faturanın havale/EFT ödemesi kaydedildi.`).first(),
  ).toBeVisible();
  // The form left with the open invoice: the message takes the focus.
  await expect(admin.locator(":focus")).toContainText("havale/EFT ödemesi kaydedildi.");
  expect((await invoiceOf(customer.customerId)).status).toBe("paid");
  await portal.goto("/panel");
  await expect(portal.getByTestId("hesap-durumu")).toHaveText("Etkin");
  await expect(portal.getByText("Hesabınız askıya alındı")).toHaveCount(0);
});

/** An invoice of the customer written straight to the table: issued (numbered, January 2025) or a draft (February). */
async function insertInvoice(customerId: string, status: "sent" | "draft") {
  const sql = e2eSql();
  const issued = status === "sent";
  const party = { name: "E2E Taraf Ltd. Şti.", address: null, taxOffice: null, taxId: "1234567890" };
  try {
    const [row] = await sql<{ id: string }[]>`insert into invoices (invoice_number, ettn, customer_id, period_start,
        period_end, package_count, unit_price, subtotal, kdv, total, status, issued_at, due_at, seller, buyer)
      values (${issued ? `CRD2098${String(randomInt(1, 999_999_999)).padStart(9, "0")}` : null},
        ${issued ? randomUUID() : null}, ${customerId}, ${issued ? "2025-01-15T00:00:00+03:00" : "2025-02-15T00:00:00+03:00"},
        ${issued ? "2025-02-15T00:00:00+03:00" : "2025-03-15T00:00:00+03:00"},
        10, 4500, 45000, 9000, 54000, ${status}, ${issued ? new Date() : null},
        ${issued ? new Date(Date.now() + DAY) : null}, ${issued ? sql.json(party) : null}, ${issued ? sql.json(party) : null})
      returning id`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

test("another customer's invoice and a customer's own draft are the portal's 404", async ({ page }) => {
  const owner = await createCustomerWithUser();
  const other = await createCustomerWithUser();
  const issued = await insertInvoice(owner.customerId, "sent");
  const draft = await insertInvoice(owner.customerId, "draft");
  await signIn(page, other.email, CUSTOMER_PASSWORD);
  expect((await page.goto(`/panel/faturalar/${issued}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, owner.email, CUSTOMER_PASSWORD);
  expect((await page.goto(`/panel/faturalar/${draft}`))?.status()).toBe(404);
  expect((await page.goto(`/panel/faturalar/${issued}`))?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "PDF indir" })).toBeVisible();
  // The list shows the issued one only.
  await page.goto("/panel/faturalar");
  await expect(page.getByRole("table", { name: "Faturalar" }).getByRole("row")).toHaveCount(2);
});
