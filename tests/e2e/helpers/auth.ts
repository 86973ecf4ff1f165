import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { e2eSql } from "./db";

export const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@e2e.test", password: process.env.ADMIN_PASSWORD ?? "E2e-Yonetici-Sifresi" };

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/giris");
  await page.getByLabel("E-posta").fill(email);
  await page.getByLabel("Şifre").fill(password);
  await page.getByRole("button", { name: "Giriş yap" }).click();
}

export async function signInAsAdmin(page: Page) {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/yonetim$/);
}

/** A customer company and its user, straight into the database. */
export async function createCustomerUser(email: string, password: string) {
  const sql = e2eSql();
  try {
    const taxId = String(Date.now()).slice(-10);
    const [customer] = await sql<{ id: string }[]>`
      insert into customers (company_name, tax_id, contact_name, email, phone)
      values ('E2E Mağaza', ${taxId}, 'Deniz Kaya', ${email}, '+905321234567') returning id`;
    await sql`insert into users (email, name, role, customer_id, password_hash)
      values (${email}, 'Deniz Kaya', 'customer', ${customer!.id}, ${await hash(password)})`;
    return customer!.id;
  } finally {
    await sql.end();
  }
}

export async function createAdminUser(email: string, password: string) {
  const sql = e2eSql();
  try {
    await sql`insert into users (email, name, role, password_hash) values (${email}, 'E2E Yönetici', 'admin', ${await hash(password)})`;
  } finally {
    await sql.end();
  }
}
