import { randomInt, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { e2eSql } from "./helpers/db";
import { signInAsAdmin } from "./helpers/auth";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";

const SHOTS = "/tmp/shots/h13pay";

/** An overdue invoice of 5.760,00 TL, as the deadline rule leaves it (issued two days ago, due yesterday). */
async function overdueInvoice(customerId: string, companyName: string) {
  const sql = e2eSql();
  const id = randomUUID();
  const invoiceNumber = `CRD2098${String(randomInt(1, 999_999_999)).padStart(9, "0")}`;
  const seller = {
    name: "Çardak Paketleme Ltd. Şti.",
    address: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
    taxOffice: "Esenyurt",
    taxId: "1234567890",
    iban: "TR33 0006 1005 1978 6457 8413 26",
  };
  const buyer = { name: companyName, address: "Moda Cad. No: 1, İstanbul", taxOffice: "Kadıköy", taxId: "1111111111" };
  const issuedAt = new Date(Date.now() - 2 * 86_400_000);
  const dueAt = new Date(Date.now() - 86_400_000);
  try {
    await sql`insert into invoices (id, invoice_number, ettn, customer_id, period_start, period_end, package_count,
        unit_price, subtotal, kdv, total, status, issued_at, due_at, seller, buyer, overdue_notice_sent_at, suspension_applied_at)
      values (${id}, ${invoiceNumber}, ${randomUUID()}, ${customerId}, '2026-01-15T00:00:00+03:00', '2026-02-15T00:00:00+03:00',
        120, 4000, 480000, 96000, 576000, 'overdue', ${issuedAt}, ${dueAt}, ${sql.json(seller)}, ${sql.json(buyer)}, ${dueAt}, ${new Date()})`;
    await sql`insert into invoice_lines (invoice_id, position, kind, description, quantity, unit_price, amount)
      values (${id}, 1, 'packaging', 'Paketleme hizmeti (101-250 paket kademesi, standart)', 120, 4000, 480000)`;
  } finally {
    await sql.end();
  }
  return { id, invoiceNumber };
}

/** Toasts slide in with an opacity transition: checked half-faded, their colours would not count. */
async function toastsSettled(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-sonner-toast]")].every(
      (toast) => getComputedStyle(toast).opacity === "1" && toast.getAnimations().length === 0,
    ),
  );
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await toastsSettled(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  await expectNoHorizontalScroll(page);
  await toastsSettled(page);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a suspended customer pays an overdue invoice by card and is back: paid with the card's last four, no banner, orders accepted", async ({
  page,
  browser,
}) => {
  const customer = await createCustomerWithUser({ status: "suspended", name: "Kartal Butik Ltd. Şti." });
  const invoice = await overdueInvoice(customer.customerId, customer.companyName);
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Hesabınız askıya alındı" })).toBeVisible();

  await page.goto(`/panel/faturalar/${invoice.id}`);
  await expect(page.getByRole("button", { name: "Öde", exact: true })).toBeVisible();
  await shoot(page, "fatura-acik");
  await page.getByRole("button", { name: "Öde", exact: true }).focus();
  await page.keyboard.press("Enter");

  // Iyzico's page (the fake): the basket is the invoice, the amount its total.
  await page.waitForURL((url) => url.pathname === "/odeme");
  await expect(page.getByTestId("basket-id")).toHaveText(invoice.invoiceNumber);
  await expect(page.getByTestId("amount")).toHaveText("₺5.760,00");
  await page.getByRole("button", { name: "Öde", exact: true }).click();

  await page.waitForURL((url) => url.pathname === `/panel/faturalar/${invoice.id}`);
  expect(new URL(page.url()).searchParams.get("odeme")).toBe("basarili");
  await expect(page.getByText("Ödemeniz alındı. Teşekkür ederiz.").first()).toBeVisible();
  await expect(page.getByTestId("odeme")).toContainText("Mastercard •••• 0008");
  await expect(page.getByText("Ödendi", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Öde", exact: true })).toHaveCount(0);
  await shoot(page, "fatura-odendi");

  await page.goto("/panel");
  await expect(page.getByText("Hesabınız askıya alındı")).toHaveCount(0);
  await page.goto("/panel/siparisler");
  await page.getByLabel("Paket adedi").fill("40");
  await page.getByRole("button", { name: "Yeni sipariş oluştur" }).click();
  await expect(page.getByRole("status").filter({ hasText: "siparişiniz oluşturuldu" })).toBeVisible();

  // Operations see the card payment and refund part of it, asked first.
  const admin = await (await browser.newContext({ locale: "tr-TR", timezoneId: "Europe/Istanbul" })).newPage();
  await signInAsAdmin(admin);
  await admin.goto(`/yonetim/faturalar/${invoice.id}`);
  const payment = admin.getByTestId("yonetim-odeme");
  await expect(payment).toContainText("Mastercard •••• 0008");
  await expect(payment).toContainText("Başarılı");
  await shoot(admin, "yonetim-fatura-odeme");
  await admin.getByRole("button", { name: "İade et" }).click();
  const dialog = admin.getByRole("alertdialog", { name: "Ödeme iade edilsin mi?" });
  // The rest of the payment by default, written as amounts are (thousands grouped, as in the hint).
  await expect(dialog.getByLabel("İade tutarı")).toHaveValue(/^\d{1,3}(\.\d{3})*,\d{2}$/);
  // More than was paid: refused on the amount, the dialog open on it with both values as typed.
  await dialog.getByLabel("İade tutarı").fill("999.999,00");
  await dialog.getByLabel("İade nedeni").fill("Fazla faturalanan paketler");
  await dialog.getByRole("button", { name: "İade et" }).click();
  await expect(dialog.getByText(/^İade tutarı en fazla ₺[\d.,]+ olabilir\.$/)).toBeVisible();
  await expect(dialog.getByLabel("İade tutarı")).toBeFocused();
  await expect(dialog.getByLabel("İade tutarı")).toHaveValue("999.999,00");
  await expect(dialog.getByLabel("İade nedeni")).toHaveValue("Fazla faturalanan paketler");
  await dialog.getByLabel("İade tutarı").fill("1.000,00");
  await dialog.getByRole("button", { name: "İade et" }).click();
  await expect(
    admin
      .getByRole("status")
      .filter({ hasText: `₺1.000,00 ${customer.companyName} firmasının kartına iade edildi.` })
      .first(),
  ).toBeVisible();
  await expect(payment).toContainText("İade edilen toplam: ₺1.000,00");
  await expect(payment.getByRole("list", { name: "İadeler" })).toContainText("Fazla faturalanan paketler");
  await shoot(admin, "yonetim-fatura-iade");

  // The customer sees the refund on the invoice.
  await page.goto(`/panel/faturalar/${invoice.id}`);
  await expect(page.getByTestId("odeme")).toContainText("İade edildi: ₺1.000,00");
});

test("without JavaScript (or before it loads), Öde still takes the customer to Iyzico's page", async ({ browser }) => {
  const customer = await createCustomerWithUser({ name: "Martı Kırtasiye Ltd. Şti." });
  const invoice = await overdueInvoice(customer.customerId, customer.companyName);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "tr-TR" });
  const page = await context.newPage();
  try {
    await signIn(page, customer.email, CUSTOMER_PASSWORD);
    await page.goto(`/panel/faturalar/${invoice.id}`);
    // The form posts to the app, which answers with a redirect to the payment page: the page's
    // Content-Security-Policy must let a form's navigation end there.
    await page.getByRole("button", { name: "Öde", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/odeme");
    await expect(page.getByTestId("basket-id")).toHaveText(invoice.invoiceNumber);
    await expect(page.getByTestId("amount")).toHaveText("₺5.760,00");
  } finally {
    await context.close();
  }
});
