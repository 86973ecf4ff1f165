import { expect, test } from "@playwright/test";
import { pdfText } from "../fixtures/pdf-text";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { issuedInvoice } from "./helpers/records";

test("the production build serves an invoice's PDF to its customer, with the embedded font; another customer gets 404", async ({
  browser,
}) => {
  const owner = await createCustomerWithUser({ name: "Işık Kozmetik Ltd. Şti." });
  const other = await createCustomerWithUser();
  const invoice = await issuedInvoice(owner.customerId, owner.companyName);

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner.email, CUSTOMER_PASSWORD);
  const response = await ownerPage.request.get(`/panel/faturalar/${invoice.id}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const text = await pdfText(await response.body());
  expect(text).toContain(invoice.invoiceNumber);
  expect(text).toContain("Işık Kozmetik Ltd. Şti.");
  expect(text).toContain("₺5.760,00");
  expect(text).toContain("YALNIZ BEŞBİNYEDİYÜZALTMIŞ TÜRK LİRASI SIFIR KURUŞ");

  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, other.email, CUSTOMER_PASSWORD);
  expect((await otherPage.request.get(`/panel/faturalar/${invoice.id}/pdf`)).status()).toBe(404);
});
