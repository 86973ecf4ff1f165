import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { e2eSql } from "./db";

export const ADMIN = {
  email: process.env.ADMIN_EMAIL ?? "admin@e2e.test",
  password: process.env.ADMIN_PASSWORD ?? "E2e-Yonetici-Sifresi",
};

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

/** Fills and submits the sign-in form; the caller checks where it led. */
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

export async function createAdminUser(email: string, password: string) {
  const sql = e2eSql();
  try {
    await sql`insert into users (email, name, role, password_hash) values (${email}, 'E2E Yönetici', 'admin', ${await hash(password)})`;
  } finally {
    await sql.end();
  }
}
