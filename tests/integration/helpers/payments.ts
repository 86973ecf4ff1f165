import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { POST as callbackPost } from "@/app/api/payments/iyzico/callback/route";
import { POST as webhookPost } from "@/app/api/webhooks/iyzico/route";
import { startCardPaymentAction } from "@/app/(portal)/panel/faturalar/[id]/payment-actions";
import { getDb } from "@/db";
import { auditLogs, invoices, paymentNotifications, paymentRefunds, payments } from "@/db/schema";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import type { WebhookOptions } from "../../fakes/iyzico";
import type { FakeIyzico } from "../../fakes/iyzico";
import { BEFORE_PERIOD, completeOrders, PERIOD, RUN_AT } from "./billing";
import { systemCtx } from "./context";
import { ids, insertCustomer, insertUser, sessionOf } from "./fixtures";
import { redirectTarget } from "./redirect";
import { requestHeaders, signInAs } from "./request";
import { responseSent } from "./response";

export const CUSTOMER_EMAIL = "muhasebe@anadolu.test";

/** Customer A with a user, an admin, and one issued (`sent`) invoice of 9.600,00 TL for A. */
export async function issuedInvoice(options: { customerStatus?: "active" | "suspended" } = {}) {
  await insertCustomer({
    id: ids.customerA,
    createdAt: BEFORE_PERIOD,
    companyName: "Anadolu Kozmetik Ltd. Şti.",
    email: CUSTOMER_EMAIL,
    address: "Moda Cad. No: 5",
    city: "İstanbul",
    status: options.customerStatus ?? "active",
  });
  const user = await insertUser({
    id: ids.userA,
    email: "ayse@anadolu.test",
    customerId: ids.customerA,
    name: "Ayşe Yılmaz",
  });
  const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
  await completeOrders(ids.customerA, [200]);
  const ctx = systemCtx("billing-test");
  const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
  await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
  return { user, admin, invoiceId: invoiceId! };
}

/** `Öde` as the customer's user: where it sends the browser and the checkout token in that address. */
export async function pressPay(user: Parameters<typeof sessionOf>[0], invoiceId: string) {
  signInAs(sessionOf(user));
  const target = await redirectTarget(startCardPaymentAction(null, { invoiceId }));
  const token = new URL(target).searchParams.get("token");
  expect(token).toBeTruthy();
  return { target, token: token! };
}

/** Iyzico's page posting the token to our callback: the status and where the browser goes. */
export async function postCallback(token: string) {
  const response = await callbackPost(
    new Request("http://localhost:3000/api/payments/iyzico/callback", {
      method: "POST",
      headers: requestHeaders({ ip: "198.51.100.20", sent: { "content-type": "application/x-www-form-urlencoded" } }),
      body: new URLSearchParams({ token }),
    }),
  );
  return { status: response.status, location: response.headers.get("location") };
}

/** A notification delivered to our webhook route as Iyzico would deliver it; its status. */
export async function deliverWebhook(body: unknown, headers: Record<string, string>) {
  const response = await webhookPost(
    new Request("http://localhost:3000/api/webhooks/iyzico", {
      method: "POST",
      headers: requestHeaders({ ip: "198.51.100.30", sent: headers }),
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  await responseSent();
  return response.status;
}

export async function fakeWebhook(fake: FakeIyzico, token: string, options?: WebhookOptions) {
  const delivery = fake.webhook(token, options);
  return { delivery, status: await deliverWebhook(delivery.payload, delivery.headers) };
}

export async function paymentRows() {
  const db = await getDb();
  return db.select().from(payments).orderBy(asc(payments.createdAt));
}

export async function refundRows() {
  const db = await getDb();
  return db.select().from(paymentRefunds).orderBy(asc(paymentRefunds.createdAt));
}

export async function notificationRows() {
  const db = await getDb();
  return db.select().from(paymentNotifications);
}

export async function invoiceState(invoiceId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ status: invoices.status, paidAt: invoices.paidAt, paymentMethod: invoices.paymentMethod })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  return row!;
}

export async function auditActions(prefix: string) {
  const db = await getDb();
  const rows = await db.select({ action: auditLogs.action }).from(auditLogs).orderBy(asc(auditLogs.createdAt));
  return rows.map((row) => row.action).filter((action) => action.startsWith(prefix));
}

/** Makes every attempt look `minutes` older (reconciliation only asks about attempts past 2 minutes). */
export async function ageAttempts(minutes: number) {
  const db = await getDb();
  const rows = await paymentRows();
  for (const row of rows) {
    await db
      .update(payments)
      .set({ createdAt: new Date(row.createdAt.getTime() - minutes * 60_000) })
      .where(eq(payments.id, row.id));
  }
}
