import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";

/**
 * Makes the app's database refuse it, as in an outage: no new connections to the app's database,
 * and the open ones ended. Returns the way back.
 */
async function takeDatabaseDown(): Promise<() => Promise<void>> {
  const url = new URL(process.env.DATABASE_URL!);
  if (!["127.0.0.1", "localhost", "::1"].includes(url.hostname)) throw new Error("Refusing a non-local database");
  const database = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`alter database "${database}" with allow_connections false`);
  await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database}`;
  return async () => {
    await admin.unsafe(`alter database "${database}" with allow_connections true`);
    await admin.end();
  };
}

test("while the database is down a signed-in user sees 'Hizmet geçici olarak kullanılamıyor' and stays signed in", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  await signIn(page, customer.email, CUSTOMER_PASSWORD);

  const bringBack = await takeDatabaseDown();
  try {
    const response = await page.goto("/panel/siparisler");
    await expect(page.getByRole("heading", { name: "Hizmet geçici olarak kullanılamıyor" })).toBeVisible();
    await expect(page).toHaveURL(/\/panel\/siparisler$/);
    expect(response?.status()).toBeGreaterThanOrEqual(500);
  } finally {
    await bringBack();
  }

  // The session was not ended by the outage.
  await page.getByRole("link", { name: "Tekrar dene" }).click();
  await expect(page.getByRole("heading", { name: "Siparişler", level: 1 })).toBeVisible();
});
