import { expect, test, type Page } from "@playwright/test";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { expectNoHorizontalScroll } from "./helpers/page-checks";
import { processingOrder } from "./helpers/records";

/** The row of the order list that holds `orderNumber`. */
const rowOf = (page: Page, orderNumber: string) =>
  page.getByRole("table", { name: "Siparişler" }).getByRole("row").filter({ hasText: orderNumber });

test("a late order says it is late to the customer and to operations, who can list the late ones", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  // A standard customer's order in processing for 30 hours: 6 hours past its promise. Beside it one
  // in processing for 2 hours, on time.
  const late = await processingOrder(customer.customerId, 30);
  const onTime = await processingOrder(customer.customerId, 2);

  const customerContext = await browser.newContext();
  const page = await customerContext.newPage();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/siparisler");
  const lateRow = rowOf(page, late.orderNumber);
  await expect(lateRow.getByRole("cell").filter({ hasText: "İşleniyor" })).toContainText("Gecikti");
  await expect(rowOf(page, onTime.orderNumber)).toContainText("İşleniyor");
  await expect(rowOf(page, onTime.orderNumber)).not.toContainText("Gecikti");

  await lateRow.getByRole("link", { name: late.orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(late.orderNumber);
  // The status stays what it is; beside it, the mark and the promise it missed, with an apology.
  await expect(page.getByText("İşleniyor", { exact: true })).toBeVisible();
  await expect(page.getByText("Gecikti", { exact: true })).toBeVisible();
  await expect(page.getByTestId("gecikme")).toHaveText(
    /^Tahmini tamamlanma \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} idi; gecikme için özür dileriz\./,
  );
  await expectNoHorizontalScroll(page);
  await page.goto("/panel/siparisler");
  await expectNoHorizontalScroll(page);

  // The dashboard's active orders say it too.
  await page.goto("/panel");
  const active = page.getByRole("region", { name: "Aktif siparişler" }).getByRole("listitem");
  await expect(active.filter({ hasText: late.orderNumber })).toContainText("Gecikti");
  await expect(active.filter({ hasText: late.orderNumber })).toContainText("gecikme için özür dileriz");
  await expect(active.filter({ hasText: onTime.orderNumber })).not.toContainText("Gecikti");
  await customerContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/yonetim/siparisler");
  const filters = admin.getByRole("search", { name: "Sipariş filtreleri" });
  await filters.getByLabel("Gecikme").selectOption({ label: "Gecikenler" });
  await filters.getByRole("button", { name: "Filtrele" }).click();
  await expect(admin).toHaveURL(/[?&]gecikme=var/);
  await expect(rowOf(admin, late.orderNumber)).toContainText("Gecikti");
  await expect(rowOf(admin, onTime.orderNumber)).toHaveCount(0);
  await expectNoHorizontalScroll(admin);

  // The overview counts the late orders and leads to the same list.
  await admin.goto("/yonetim");
  const card = admin.getByRole("link", { name: /^Geciken siparişler/ });
  expect(Number((await card.locator("span").nth(1).textContent())?.replace(/\./g, ""))).toBeGreaterThanOrEqual(1);
  await card.click();
  await expect(admin).toHaveURL(/\/yonetim\/siparisler\?gecikme=var$/);
  await expect(rowOf(admin, late.orderNumber)).toContainText("Gecikti");

  await admin.goto(`/yonetim/siparisler/${late.id}`);
  await expect(admin.getByText("Gecikti", { exact: true })).toBeVisible();
  await expect(admin.getByTestId("gecikme")).toContainText("müşteriye söz verilen süre aşıldı");
  await expectNoHorizontalScroll(admin);
  await adminContext.close();
});
