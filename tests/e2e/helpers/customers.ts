import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "../../../lib/auth/password";
import { ADMIN, signIn as submitSignIn } from "./auth";
import { e2eSql } from "./db";

export const CUSTOMER_PASSWORD = "E2e-Musteri-Sifresi-1";

export type E2eCustomer = { customerId: string; userId: string; email: string; companyName: string };

/**
 * A customer and its user straight in the database (onboarding has its own tests), with unique
 * e-mail and tax number so tests sharing the database do not collide.
 */
export async function createCustomerWithUser(
  options: { status?: "active" | "suspended"; name?: string } = {},
): Promise<E2eCustomer> {
  const sql = e2eSql();
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const customerId = randomUUID();
  const userId = randomUUID();
  const email = `musteri-${unique}@e2e.test`;
  const companyName = options.name ?? `E2E Firma ${unique.slice(-6)}`;
  const suspended = options.status === "suspended";
  try {
    await sql`insert into customers (id, company_name, tax_id, contact_name, email, phone, status, suspension_reason, suspended_at)
      values (${customerId}, ${companyName}, ${unique.slice(-10).padStart(10, "1")}, 'E2E Yetkili', ${email}, '+905321234567',
              ${suspended ? "suspended" : "active"}, ${suspended ? "non_payment" : null}, ${suspended ? new Date() : null})`;
    await sql`insert into users (id, email, name, password_hash, role, customer_id)
      values (${userId}, ${email}, 'E2E Kullanıcı', ${await hashPassword(CUSTOMER_PASSWORD)}, 'customer', ${customerId})`;
  } finally {
    await sql.end();
  }
  return { customerId, userId, email, companyName };
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/giris"));
}

export { ADMIN };
