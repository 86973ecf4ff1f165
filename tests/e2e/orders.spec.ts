import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eSql } from "./helpers/db";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { expectNoHorizontalScroll, PHONE } from "./helpers/page-checks";
import { orderStatusOf, pendingOrder } from "./helpers/records";

/** Opens a customer picker, searches the customer's e-mail and chooses it by name (keyboard: arrow, Enter). */
async function pickCustomer(page: Page, picker: Locator, search: string, name: string) {
  await picker.click();
  const box = page.getByPlaceholder("Firma, yetkili, e-posta ya da vergi no");
  await box.fill(search);
  await expect(page.getByRole("option", { name })).toBeVisible();
  await box.press("Enter");
  await expect(picker).toHaveText(name);
}

/** On an order's admin page: a move's button opens its question; the note is written there and the move confirmed. */
async function confirmMove(page: Page, move: string, question: string, note: string) {
  await page.getByRole("region", { name: "Durumu değiştir" }).getByRole("button", { name: move }).click();
  const dialog = page.getByRole("alertdialog", { name: question });
  await dialog.getByLabel(/^(Not|İptal nedeni)/).fill(note);
  await dialog.getByRole("button", { name: move }).click();
  await expect(dialog).toBeHidden();
}

test("a customer orders, operations process and complete it, the customer follows it and gets the e-mail", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const customerContext = await browser.newContext();
  const page = await customerContext.newPage();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByTestId("donem-paket")).toHaveText("0");

  await page
    .getByRole("navigation", { name: "Müşteri paneli menüsü" })
    .getByRole("link", { name: "Siparişler" })
    .click();
  await page.getByLabel("Paket adedi").fill("120");
  await page.getByLabel("Not").fill("Kozmetik ürünler, kırılgan");
  await page.getByRole("button", { name: "Yeni sipariş oluştur" }).click();
  await expect(page.getByRole("status")).toContainText("siparişiniz oluşturuldu");
  // The answer takes the focus (the form is gone), and a reload does not say it again.
  await expect(page.locator(":focus")).toContainText("siparişiniz oluşturuldu");
  await expect(page).not.toHaveURL(/yeni=/);
  await page.reload();
  await expect(page.getByText("siparişiniz oluşturuldu")).toHaveCount(0);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const orderNumber = /SP-\d{4}-\d{6}/.exec(heading ?? "")?.[0];
  expect(orderNumber).toBeDefined();
  const orderUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("tahmini-tamamlanma")).toContainText("İşleme alındıktan sonra 24 saat");

  // The dashboard counts the new packages into this period's tier and estimate.
  await page.goto("/panel");
  await expect(page.getByTestId("donem-paket")).toHaveText("120");
  await expect(page.getByTestId("donem-kademe")).toHaveText("101-250");
  await expect(page.getByTestId("tahmini-fatura")).toHaveText("₺4.800,00");
  await expect(page.getByTestId("sonraki-kademe")).toHaveText("131 paket daha: bir sonraki kademe ₺35,00/paket");
  await expect(page.getByRole("region", { name: "Aktif siparişler" })).toContainText(orderNumber!);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/yonetim/siparisler");
  const filter = admin.getByRole("search", { name: "Sipariş filtreleri" }).getByRole("combobox", { name: "Müşteri" });
  await pickCustomer(admin, filter, customer.email, customer.companyName);
  await admin.getByRole("button", { name: "Filtrele" }).click();
  await admin.getByRole("link", { name: orderNumber! }).click();
  await confirmMove(admin, "İşleme al", "Sipariş işleme alınsın mı?", "Depoya alındı");
  await expect(admin.getByRole("list", { name: "Sipariş hareketleri" })).toContainText("Depoya alındı");
  await confirmMove(admin, "Siparişi tamamla", "Sipariş tamamlansın mı?", "Kargoya teslim edildi");
  await expect(admin.getByRole("list", { name: "Sipariş hareketleri" })).toContainText("Kargoya teslim edildi");
  await expect(admin.getByRole("region", { name: "Durumu değiştir" }).getByRole("button")).toHaveCount(0);

  await page.goto(orderUrl);
  const timeline = page.getByRole("list", { name: "Sipariş hareketleri" }).getByRole("listitem");
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText("Beklemede");
  await expect(timeline.nth(1)).toContainText("İşleniyor");
  await expect(timeline.nth(1)).toContainText("Depoya alındı");
  await expect(timeline.nth(2)).toContainText("Tamamlandı");
  await expect(timeline.nth(2)).toContainText("Kargoya teslim edildi");
  // The actual completion time is not called an estimate.
  await expect(page.getByTestId("tamamlanma")).toHaveText(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  await expect(page.getByTestId("tahmini-tamamlanma")).toHaveCount(0);
  await expect(page.getByText("Tahmini tamamlanma")).toHaveCount(0);

  const sql = e2eSql();
  try {
    // Rendered and stored after the response: the row is `queued` until then.
    await expect
      .poll(() => sql`select recipient, template, subject, status from emails where recipient = ${customer.email}`)
      .toEqual([
        {
          recipient: customer.email,
          template: "order-status",
          subject: `${orderNumber} numaralı siparişiniz: Tamamlandı`,
          status: "stored",
        },
      ]);
  } finally {
    await sql.end();
  }
  await admin.goto("/yonetim/e-postalar");
  await expect(admin.getByRole("row", { name: new RegExp(customer.email) })).toContainText("Sipariş durumu");
  await customerContext.close();
  await adminContext.close();
});

test("a suspended customer is offered no order form, but the reason and the way to pay", async ({ page }) => {
  const customer = await createCustomerWithUser({ status: "suspended" });
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Hesabınız askıya alındı" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Faturalarımı öde" })).toHaveAttribute("href", "/panel/faturalar");

  // The order page says why instead of a form that would be refused once filled in (the action
  // still refuses a suspended customer: tests/integration/orders.test.ts).
  await page.goto("/panel/siparisler");
  await expect(
    page.getByRole("region", { name: "Yeni sipariş" }).getByText("Ödenmemiş faturalarınız nedeniyle"),
  ).toBeVisible();
  await expect(page.getByLabel("Paket adedi")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Yeni sipariş oluştur" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Faturalarımı öde" })).toHaveAttribute("href", "/panel/faturalar");

  const sql = e2eSql();
  try {
    expect(await sql`select id from orders where customer_id = ${customer.customerId}`).toHaveLength(0);
  } finally {
    await sql.end();
  }
});

test("another customer's order gives 404", async ({ browser }) => {
  const owner = await createCustomerWithUser();
  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner.email, CUSTOMER_PASSWORD);
  await ownerPage.goto("/panel/siparisler");
  await ownerPage.getByLabel("Paket adedi").fill("5");
  await ownerPage.getByRole("button", { name: "Yeni sipariş oluştur" }).click();
  await expect(ownerPage).toHaveURL(/\/panel\/siparisler\/[0-9a-f-]{36}/);
  const orderPath = new URL(ownerPage.url()).pathname;

  const other = await createCustomerWithUser();
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, other.email, CUSTOMER_PASSWORD);
  const response = await otherPage.goto(orderPath);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole("heading", { name: "Aradığınız kayıt bulunamadı" })).toBeVisible();
});

test("operations create an order for a customer found by searching, and are refused for a suspended one", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  const suspended = await createCustomerWithUser({ status: "suspended" });
  await signIn(page, ADMIN.email, ADMIN.password);
  // The list leads to the form, which has a page of its own.
  await page.goto("/yonetim/siparisler");
  await page.getByRole("link", { name: "Müşteri adına sipariş" }).click();
  await expect(page).toHaveURL(/\/yonetim\/siparisler\/yeni$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Müşteri adına sipariş");
  const form = page.getByRole("main");
  const picker = form.getByRole("combobox", { name: "Müşteri" });

  // Sent empty: both fields say what is missing and the focus goes to the first of them, the customer.
  await form.getByRole("button", { name: "Sipariş oluştur" }).click();
  await expect(form.getByText("En az 1 paket girin")).toBeVisible();
  await expect(picker).toHaveAttribute("aria-invalid", "true");
  await expect(picker).toBeFocused();

  // Too short to search: the picker says so and lists nobody.
  await picker.click();
  const searchBox = page.getByPlaceholder("Firma, yetkili, e-posta ya da vergi no");
  await searchBox.fill("e2");
  await expect(page.getByRole("status").filter({ hasText: "en az 3 harf" })).toBeVisible();
  // Tab closes the list and goes on to the next field; Shift+Tab closes it and goes back to the picker.
  await searchBox.press("Tab");
  await expect(searchBox).toBeHidden();
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(form.getByLabel("Paket adedi")).toBeFocused();
  await picker.click();
  await searchBox.press("Shift+Tab");
  await expect(searchBox).toBeHidden();
  await expect(picker).toBeFocused();

  await pickCustomer(page, picker, suspended.email, `${suspended.companyName} (askıda)`);
  await form.getByLabel("Paket adedi").fill("7");
  await form.getByRole("button", { name: "Sipariş oluştur" }).click();
  await expect(form.getByRole("alert")).toContainText("Müşterinin hesabı askıya alınmış");

  await pickCustomer(page, picker, customer.email, customer.companyName);
  await form.getByRole("button", { name: "Sipariş oluştur" }).click();
  // The page says it once: the flag leaves the address as the message shows (OutcomeAlert).
  await expect(page).toHaveURL(/\/yonetim\/siparisler\/[0-9a-f-]{36}(\?yeni=1)?$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/SP-\d{4}-\d{6}/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const orderNumber = /SP-\d{4}-\d{6}/.exec(heading ?? "")?.[0];
  expect(orderNumber).toBeDefined();
  await expect(page.getByRole("status").filter({ hasText: "oluşturuldu" })).toHaveText(
    `${orderNumber} numaralı sipariş oluşturuldu.`,
  );
  await expect(page.locator(":focus")).toContainText("numaralı sipariş oluşturuldu.");
  await expect(page).not.toHaveURL(/yeni=/);

  const sql = e2eSql();
  try {
    expect(await sql`select package_count from orders where customer_id = ${customer.customerId}`).toEqual([
      { package_count: 7 },
    ]);
    expect(await sql`select id from orders where customer_id = ${suspended.customerId}`).toHaveLength(0);
  } finally {
    await sql.end();
  }
});

test("on a 360 px phone each order is a card: number and status on its first line, other cells labelled", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/siparisler");
  await page.getByLabel("Paket adedi").fill("12");
  await page.getByRole("button", { name: "Yeni sipariş oluştur" }).click();
  await expect(page).toHaveURL(/\/panel\/siparisler\/[0-9a-f-]{36}/);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/panel/siparisler");
  const row = page.getByRole("table", { name: "Siparişler" }).getByRole("row").nth(1);
  const number = row.getByRole("rowheader");
  const status = row.getByRole("cell").filter({ hasText: "Beklemede" });
  await expect(number).toBeInViewport({ ratio: 1 });
  await expect(status).toBeInViewport({ ratio: 1 });
  const [numberBox, statusBox, packagesBox] = await Promise.all([
    number.boundingBox(),
    status.boundingBox(),
    row.locator('td[data-label="Paket"]').boundingBox(),
  ]);
  // Number and status share the first line; the package count is a line of its own below, labelled.
  expect(Math.abs(numberBox!.y + numberBox!.height / 2 - (statusBox!.y + statusBox!.height / 2))).toBeLessThan(8);
  expect(statusBox!.x).toBeGreaterThan(numberBox!.x);
  expect(packagesBox!.y).toBeGreaterThanOrEqual(numberBox!.y + numberBox!.height);
  expect(
    await row.locator('td[data-label="Paket"]').evaluate((cell) => getComputedStyle(cell, "::before").content),
  ).toBe('"Paket"');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("from a customer's page operations start an order for that customer, with or without JavaScript", async ({
  browser,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const customer = await createCustomerWithUser();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`/yonetim/musteriler/${customer.customerId}`);
    await page.getByRole("link", { name: "Müşteri adına sipariş" }).click();
    await expect(page).toHaveURL(new RegExp(`/yonetim/siparisler/yeni\\?musteri=${customer.customerId}$`));
    const form = page.getByRole("main");
    await expect(form.getByRole("combobox", { name: "Müşteri" })).toHaveText(customer.companyName);
    await form.getByLabel("Paket adedi").fill("9");
    await form.getByRole("button", { name: "Sipariş oluştur" }).click();
    await expect(page).toHaveURL(/\/yonetim\/siparisler\/[0-9a-f-]{36}(\?yeni=1)?$/);
    await expect(page.getByRole("status").filter({ hasText: "numaralı sipariş oluşturuldu." })).toBeVisible();

    const sql = e2eSql();
    try {
      expect(await sql`select package_count from orders where customer_id = ${customer.customerId}`).toEqual([
        { package_count: 9 },
      ]);
    } finally {
      await sql.end();
    }
    await context.close();
  }
});

test("operations move an order along: each move asked first, answered by a message that takes the focus", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  const order = await pendingOrder(customer.customerId);
  const other = await pendingOrder(customer.customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/yonetim/siparisler/${order.id}`);
  const section = page.getByRole("region", { name: "Durumu değiştir" });
  const message = section.getByRole("status");
  const toasts = page.getByRole("region", { name: /Bildirimler/ });

  // An order being processed never waits again, so even this move is asked first; Vazgeç sends nothing.
  await section.getByRole("button", { name: "İşleme al" }).click();
  const start = page.getByRole("alertdialog", { name: "Sipariş işleme alınsın mı?" });
  await expect(start).toContainText("geri alınamaz");
  await start.getByRole("button", { name: "Vazgeç" }).click();
  await expect(start).toBeHidden();
  expect(await orderStatusOf(order.id)).toBe("pending");

  await confirmMove(page, "İşleme al", "Sipariş işleme alınsın mı?", "Depoya alındı");
  await expect(message).toHaveText(`${order.orderNumber} numaralı sipariş işleme alındı.`);
  await expect(message).toBeFocused();
  await expect(toasts).toContainText(`${order.orderNumber} numaralı sipariş işleme alındı.`);
  await expect(page.getByRole("list", { name: "Sipariş hareketleri" })).toContainText("Depoya alındı");
  expect(await orderStatusOf(order.id)).toBe("processing");

  await section.getByRole("button", { name: "Siparişi tamamla" }).click();
  const complete = page.getByRole("alertdialog", { name: "Sipariş tamamlansın mı?" });
  await expect(complete).toContainText("faturalanır");
  await expect(complete).toContainText("geri alınamaz");
  await complete.getByRole("button", { name: "Siparişi tamamla" }).click();
  await expect(complete).toBeHidden();
  await expect(message).toHaveText(`${order.orderNumber} numaralı sipariş tamamlandı.`);
  await expect(message).toBeFocused();
  await expect(toasts).toContainText(`${order.orderNumber} numaralı sipariş tamamlandı.`);
  await expect(section).toContainText("durumu artık değiştirilemez");
  await expect(section.getByRole("button")).toHaveCount(0);
  expect(await orderStatusOf(order.id)).toBe("completed");

  // Cancelling answers the same way.
  await page.goto(`/yonetim/siparisler/${other.id}`);
  await confirmMove(page, "Siparişi iptal et", "Sipariş iptal edilsin mi?", "Müşteri vazgeçti");
  await expect(message).toHaveText(`${other.orderNumber} numaralı sipariş iptal edildi.`);
  await expect(message).toBeFocused();
  expect(await orderStatusOf(other.id)).toBe("cancelled");
});

test("a long company name chosen in the customer pickers is cut short on a 360 px phone, whole for screen readers", async ({
  page,
}) => {
  const name = `Anadolu Kozmetik Tekstil Ambalaj Gıda Sanayi ve Dış Ticaret Limited Şirketi ${Date.now()}`;
  const customer = await createCustomerWithUser({ name });
  const order = await pendingOrder(customer.customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.setViewportSize(PHONE);
  await page.goto(`/yonetim/siparisler?musteri=${customer.customerId}`);
  const filter = page.getByRole("search", { name: "Sipariş filtreleri" }).getByRole("combobox", { name: "Müşteri" });
  await expectCutShort(filter);
  await expect(page.getByRole("link", { name: order.orderNumber })).toBeVisible();
  // The list filtered by a customer starts a new order for that customer.
  await page.getByRole("link", { name: "Müşteri adına sipariş" }).click();
  await expect(page).toHaveURL(new RegExp(`/yonetim/siparisler/yeni\\?musteri=${customer.customerId}$`));
  await expectCutShort(page.getByRole("main").getByRole("combobox", { name: "Müşteri" }));

  async function expectCutShort(picker: Locator) {
    await expect(picker).toHaveText(name);
    const [box, text] = await Promise.all([
      picker.boundingBox(),
      picker
        .locator("span")
        .first()
        .evaluate((span) => ({ shown: span.clientWidth, whole: span.scrollWidth })),
    ]);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(text.shown).toBeLessThan(text.whole);
    await expectNoHorizontalScroll(page);
  }

  await page.goto(`/yonetim/siparisler/${order.id}`);
  await expectNoHorizontalScroll(page);
});

test("an order list filtered by a customer no one has says so on the Müşteri field, and clearing the filters shows every order", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  const order = await pendingOrder(customer.customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/yonetim/siparisler?musteri=${randomUUID()}`);
  const filter = page.getByRole("search", { name: "Sipariş filtreleri" }).getByRole("combobox", { name: "Müşteri" });
  await expect(filter).toHaveAttribute("aria-invalid", "true");
  await expect(filter).toHaveAccessibleDescription(/Bu müşteri bulunamadı\./);
  await expect(page.getByText("Bu filtrelere uyan kayıt yok")).toBeVisible();
  // Said below the fields, as the bar's other notices are: the fields of a wide bar stay in one line.
  await page.setViewportSize({ width: 1280, height: 800 });
  const status = page.getByRole("search", { name: "Sipariş filtreleri" }).getByLabel("Durum");
  const [filterBox, statusBox] = [await filter.boundingBox(), await status.boundingBox()];
  expect(filterBox && statusBox && Math.abs(filterBox.y - statusBox.y)).toBeLessThanOrEqual(1);
  expect(filterBox && statusBox && Math.abs(filterBox.height - statusBox.height)).toBeLessThanOrEqual(1);

  await page.getByRole("link", { name: "Filtreleri temizle" }).click();
  await expect(page).toHaveURL(/\/yonetim\/siparisler$/);
  await expect(page.getByText("Bu müşteri bulunamadı", { exact: false })).toHaveCount(0);
  await expect(page.getByRole("link", { name: order.orderNumber })).toBeVisible();

  // A customer who exists fills the field and is no error.
  await page.goto(`/yonetim/siparisler?musteri=${customer.customerId}`);
  await expect(filter).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: order.orderNumber })).toBeVisible();
});

test("cancelling a fresh order takes its 'created' answer away: the page says cancelled only", async ({ page }) => {
  const customer = await createCustomerWithUser();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/siparisler");
  await page.getByLabel("Paket adedi").fill("12");
  await page.getByRole("button", { name: "Yeni sipariş oluştur" }).click();
  await expect(page.getByRole("status").filter({ hasText: "siparişiniz oluşturuldu" })).toBeVisible();

  await page.getByRole("button", { name: "Siparişi iptal et" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Sipariş iptal edilsin mi?" });
  await dialog.getByRole("button", { name: "Siparişi iptal et" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("İptal edildi", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("siparişiniz oluşturuldu")).toHaveCount(0);
});
