import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activateAccountAction } from "@/app/(onboarding)/basla/activate-action";
import {
  saveCompanyStepAction,
  saveIntegrationStepAction,
  saveServiceStepAction,
} from "@/app/(onboarding)/basla/actions";
import { updateOpsAlertSettingsAction } from "@/app/(admin)/yonetim/e-postalar/uyarilar/actions";
import { getDb } from "@/db";
import { auditLogs, customers, emails, opsAlertSettings } from "@/db/schema";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { processDeadlines } from "@/lib/billing/deadlines";
import { recordBankTransfer } from "@/lib/billing/paid";
import { istanbulTime } from "@/lib/dates";
import { transactionWithEmails } from "@/lib/email";
import { env, resetEnvCache } from "@/lib/env";
import { queueOpsAlert } from "@/lib/ops-alerts";
import { createOrder } from "@/lib/orders/create";
import { changeOrderStatus } from "@/lib/orders/transition";
import { respondToOffer } from "@/lib/quotes/respond";
import { sha256Hex } from "@/lib/tokens";
import { adminCtx, anonymousCtx, customerCtx, systemCtx } from "./helpers/context";
import { BEFORE_PERIOD, completeOrders, PERIOD, RUN_AT } from "./helpers/billing";
import { ids, insertCustomer, insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { activation, company, cookieJar, service } from "./helpers/onboarding";
import { insertQuote } from "./helpers/quotes";
import { expectRedirect } from "./helpers/redirect";
import { signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);
vi.mock("@/lib/auth", () => ({
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(),
  auth: vi.fn(async () => null),
}));

const NOW = istanbulTime(2026, 3, 2, 10, 0);

/** The alerts written so far: what they say and whether the outbox handed them over after commit. */
async function alerts() {
  const db = await getDb();
  const rows = await db
    .select({ recipient: emails.recipient, data: emails.data, status: emails.status, subject: emails.subject })
    .from(emails)
    .where(eq(emails.template, "ops-alert"))
    .orderBy(emails.createdAt);
  return rows.map((row) => ({
    to: row.recipient,
    kind: String(row.data.kindLabel),
    summary: String(row.data.summary),
    url: String(row.data.url),
    status: row.status,
    subject: row.subject,
  }));
}

beforeEach(() => {
  cookieJar.token = null;
  signInAs(null);
});

afterEach(() => {
  process.env.OPS_EMAIL = "operasyon@test.local";
  resetEnvCache();
});

describe("operations alerts", () => {
  it("a new order and its cancellation each alert OPS_EMAIL once, delivered after the commit", async () => {
    const { userA } = await twoCustomers();
    const order = await createOrder(customerCtx(userA), { packageCount: 40, note: "Acil" }, NOW);
    await changeOrderStatus(customerCtx(userA), { orderId: order.id, to: "cancelled" }, NOW);
    await responseSent();
    expect(await alerts()).toEqual([
      {
        to: env().OPS_EMAIL,
        kind: "Yeni sipariş",
        summary: `${order.orderNumber} · Anadolu Kozmetik`,
        url: `${env().APP_URL}/yonetim/siparisler/${order.id}`,
        status: "stored",
        subject: `[Operasyon] Yeni sipariş: ${order.orderNumber} · Anadolu Kozmetik`,
      },
      expect.objectContaining({ kind: "Sipariş iptal edildi", status: "stored" }),
    ]);
  });

  it("an offer accepted and an offer declined each alert once, naming the answer", async () => {
    const validUntil = new Date(Date.now() + 7 * 86_400_000);
    const offer = { status: "quoted" as const, quotedUnitPrice: 3250, validUntil, companyName: "Ege Tekstil" };
    const accepted = await insertQuote({ ...offer, publicTokenHash: sha256Hex("kabul-jetonu") });
    await insertQuote({ ...offer, companyName: "Marmara Gıda", publicTokenHash: sha256Hex("ret-jetonu") });
    await respondToOffer(anonymousCtx(), { token: "kabul-jetonu", decision: "accept" });
    await respondToOffer(anonymousCtx(), { token: "ret-jetonu", decision: "decline" });
    const found = await alerts();
    expect(found.map((alert) => [alert.kind, alert.summary])).toEqual([
      ["Teklif yanıtlandı", `Ege Tekstil teklifi kabul etti (${accepted.referenceNumber})`],
      ["Teklif yanıtlandı", expect.stringContaining("Marmara Gıda teklifi reddetti")],
    ]);
    expect(found[0]!.url).toBe(`${env().APP_URL}/yonetim/teklifler/${accepted.id}`);
  });

  it("an activated account alerts once, with the new customer's page", async () => {
    await expectRedirect(saveCompanyStepAction(null, company), "/basla?adim=2");
    await expectRedirect(saveServiceStepAction(null, service), "/basla?adim=3");
    await expectRedirect(saveIntegrationStepAction(null, { platform: "none" }), "/basla?adim=4");
    await expectRedirect(activateAccountAction(null, activation), "/panel");
    const found = await alerts();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "Hesap etkinleştirildi",
      summary: `${company.companyName} (${company.taxId})`,
    });
    expect(found[0]!.url).toMatch(/\/yonetim\/musteriler\/[0-9a-f-]{36}$/);
  });

  it("an overdue invoice alerts once however often the deadlines run, and its bank transfer alerts once", async () => {
    const ctx = systemCtx("invoice-deadlines");
    await insertCustomer({ id: ids.customerA, createdAt: BEFORE_PERIOD, companyName: "Anadolu Kozmetik Ltd. Şti." });
    await completeOrders(ids.customerA, [80]);
    const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId: ids.customerA, now: RUN_AT });
    await finalizeInvoices(ctx, { invoiceIds: [invoiceId!], now: RUN_AT });
    const due = istanbulTime(2026, 2, 16, 9, 0);
    await processDeadlines(ctx, { now: due });
    await processDeadlines(ctx, { now: due });
    expect((await alerts()).map((alert) => alert.kind)).toEqual(["Fatura vadesi geçti"]);
    expect((await alerts())[0]!.summary).toMatch(/^CRD\d+ · Anadolu Kozmetik Ltd\. Şti\. · ₺/);

    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin", name: "Operasyon" });
    await recordBankTransfer(adminCtx(admin), { invoiceId: invoiceId!, paidOn: "2026-02-16", reference: "EFT-9" }, due);
    await responseSent();
    const found = await alerts();
    expect(found.map((alert) => alert.kind)).toEqual(["Fatura vadesi geçti", "Ödeme alındı"]);
    expect(found[1]!.url).toBe(`${env().APP_URL}/yonetim/faturalar/${invoiceId}`);
    expect(found[1]!.status).toBe("stored");
  });

  it("a kind switched off sends nothing while the others still do; the switch is audited", async () => {
    const { userA, admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    const kept = ["order_cancelled", "offer_answered", "account_activated", "invoice_overdue", "payment_received"];
    expect(await updateOpsAlertSettingsAction(null, { enabled: kept })).toEqual({
      ok: true,
      data: undefined,
      message: "Uyarı ayarları kaydedildi.",
    });
    const order = await createOrder(customerCtx(userA), { packageCount: 5 }, NOW);
    expect(await alerts()).toEqual([]);
    await changeOrderStatus(customerCtx(userA), { orderId: order.id, to: "cancelled" }, NOW);
    expect((await alerts()).map((alert) => alert.kind)).toEqual(["Sipariş iptal edildi"]);

    const db = await getDb();
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "ops_alerts.updated"));
    expect(audit).toMatchObject({
      actorUserId: admin.id,
      before: { order_created: true },
      after: { order_created: false },
    });
    // Saving the same choice again changes nothing and writes nothing.
    expect(await updateOpsAlertSettingsAction(null, { enabled: kept })).toMatchObject({
      message: "Değişiklik yok; ayarlar aynı kaldı.",
    });
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "ops_alerts.updated"))).toHaveLength(1);
  });

  it("a customer cannot switch alerts off: refused, nothing written", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    const result = await updateOpsAlertSettingsAction(null, { enabled: [] });
    expect(result.ok).toBe(false);
    const db = await getDb();
    expect(await db.select().from(opsAlertSettings)).toEqual([]);
    expect(await db.select().from(auditLogs).where(eq(auditLogs.action, "ops_alerts.updated"))).toEqual([]);
  });

  it("without OPS_EMAIL no alert is queued", async () => {
    delete process.env.OPS_EMAIL;
    resetEnvCache();
    const { userA } = await twoCustomers();
    const order = await createOrder(customerCtx(userA), { packageCount: 5 }, NOW);
    await changeOrderStatus(customerCtx(userA), { orderId: order.id, to: "cancelled" }, NOW);
    expect(await alerts()).toEqual([]);
  });

  it("a change that rolls back leaves no alert, and none is sent", async () => {
    const { userA } = await twoCustomers();
    const failing = transactionWithEmails(async (tx) => {
      await queueOpsAlert(tx, customerCtx(userA), "order_created", { summary: "geri alınacak", path: "/yonetim" });
      throw new Error("the change failed after its alert was queued");
    });
    await expect(failing).rejects.toThrow("the change failed");
    await responseSent();
    expect(await alerts()).toEqual([]);
    // A refused order (its customer is suspended) queues nothing either.
    const db = await getDb();
    await db
      .update(customers)
      .set({ status: "suspended", suspensionReason: "admin" })
      .where(eq(customers.id, ids.customerA));
    await expect(createOrder(customerCtx(userA), { packageCount: 5 }, NOW)).rejects.toThrow();
    expect(await alerts()).toEqual([]);
  });
});
