import { randomInt, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { pdfText } from "../fixtures/pdf-text";
import { e2eSql } from "./helpers/db";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";

/** An issued invoice of the customer, written as finalizing writes it (the screens' round bills for real). */
async function issuedInvoice(customerId: string, companyName: string) {
  const sql = e2eSql();
  const id = randomUUID();
  const invoiceNumber = `CRD2099${String(randomInt(1, 999_999_999)).padStart(9, "0")}`;
  const seller = {
    name: "Çardak Paketleme Ltd. Şti.",
    address: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
    taxOffice: "Esenyurt",
    taxId: "1234567890",
    iban: "TR33 0006 1005 1978 6457 8413 26",
  };
  const buyer = { name: companyName, address: "Moda Cad. No: 1, İstanbul", taxOffice: "Kadıköy", taxId: "1111111111" };
  try {
    await sql`insert into invoices (id, invoice_number, ettn, customer_id, period_start, period_end, package_count,
        unit_price, subtotal, kdv, total, status, issued_at, due_at, seller, buyer)
      values (${id}, ${invoiceNumber}, ${randomUUID()}, ${customerId}, '2026-01-15T00:00:00+03:00', '2026-02-15T00:00:00+03:00',
        120, 4000, 480000, 96000, 576000, 'sent', '2026-02-15T09:00:00+03:00', '2026-02-16T09:00:00+03:00',
        ${sql.json(seller)}, ${sql.json(buyer)})`;
    await sql`insert into invoice_lines (invoice_id, position, kind, description, quantity, unit_price, amount)
      values (${id}, 1, 'packaging', 'Paketleme hizmeti (101-250 paket kademesi, standart)', 120, 4000, 480000)`;
  } finally {
    await sql.end();
  }
  return { id, invoiceNumber };
}

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
