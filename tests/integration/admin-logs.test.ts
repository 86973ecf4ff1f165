import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { resendEmailAction } from "@/app/(admin)/yonetim/e-postalar/actions";
import { getDb, query } from "@/db";
import { listAuditLog, listEntityAuditEntries } from "@/db/queries/audit-log";
import { listCustomerEmails, listEmailLog } from "@/db/queries/emails";
import { auditLogs, emails } from "@/db/schema";
import { auditLogList } from "@/lib/audit-log/filters";
import { istanbulTime } from "@/lib/dates";
import { emailLogList } from "@/lib/email-log/filters";
import { resetEnvCache } from "@/lib/env";
import { encodeCursor } from "@/lib/list-params";
import { startFakeResend } from "../fakes/resend";
import { ids, insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { insertAuditRow, insertEmailRow } from "./helpers/admin";
import { signInAs } from "./helpers/request";

const audit = (params: Record<string, string>) => query(listAuditLog, { filters: auditLogList.parse(params) });
const emailLog = (params: Record<string, string>) => query(listEmailLog, { filters: emailLogList.parse(params) });

describe("the audit log", () => {
  it("filters by entity, user, action and Istanbul days, newest first, with before and after", async () => {
    const { admin } = await twoCustomers();
    await insertAuditRow({
      action: "order.status_changed",
      entityType: "order",
      entityId: "order-1",
      actorUserId: admin.id,
      actorLabel: admin.email,
      before: { status: "pending" },
      after: { status: "processing" },
      createdAt: istanbulTime(2026, 11, 20, 10),
    });
    await insertAuditRow({
      action: "order.status_changed",
      entityType: "order",
      entityId: "order-2",
      createdAt: istanbulTime(2026, 11, 21, 0, 0),
    });
    await insertAuditRow({
      action: "customer.suspended",
      entityType: "customer",
      entityId: ids.customerA,
      actorUserId: admin.id,
      actorLabel: admin.email,
      createdAt: istanbulTime(2026, 11, 20, 23, 59),
    });

    const all = await audit({});
    expect(all.rows.map((row) => row.entityId)).toEqual(["order-2", ids.customerA, "order-1"]);
    expect(all.count).toEqual({ value: 3, capped: false });
    expect(all.rows[2]).toMatchObject({
      action: "order.status_changed",
      actorLabel: admin.email,
      before: { status: "pending" },
      after: { status: "processing" },
    });
    const entities = (page: Awaited<ReturnType<typeof audit>>) => page.rows.map((row) => row.entityId);
    expect(entities(await audit({ tur: "order" }))).toEqual(["order-2", "order-1"]);
    expect(entities(await audit({ tur: "order", kayit: "order-1" }))).toEqual(["order-1"]);
    expect(entities(await audit({ kullanici: admin.id }))).toEqual([ids.customerA, "order-1"]);
    expect(entities(await audit({ islem: "customer.suspended" }))).toEqual([ids.customerA]);
    // Days are Istanbul days, both ends inclusive: 21.11 begins at 00:00 Istanbul time.
    expect(entities(await audit({ baslangic: "2026-11-20", bitis: "2026-11-20" }))).toEqual([ids.customerA, "order-1"]);
    expect(entities(await audit({ baslangic: "2026-11-21" }))).toEqual(["order-2"]);
    // A filter value that cannot be one is dropped, not an error.
    expect(auditLogList.parse({ kullanici: "yok", islem: "DROP TABLE" })).toMatchObject({
      actorUserId: undefined,
      action: undefined,
    });
  });

  it("pages 120 rows, 60 of them written at the same instant, without losing or repeating one", async () => {
    const db = await getDb();
    // Rows of one instant are ordered by id: the cursor carries both.
    const at = new Date("2026-11-20T10:00:00.123Z");
    await db.insert(auditLogs).values(
      Array.from({ length: 120 }, (_, index) => ({
        actorLabel: "sistem",
        action: "invoice.created",
        entityType: "invoice",
        entityId: `invoice-${index}`,
        createdAt: index < 60 ? at : new Date(at.getTime() + index),
      })),
    );
    const seen: string[] = [];
    let page = await audit({});
    seen.push(...page.rows.map((row) => row.entityId!));
    while (page.next) {
      page = await audit({ sonra: encodeCursor(page.next.key) });
      seen.push(...page.rows.map((row) => row.entityId!));
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });
});

describe("an entity's audit entries (the customer page's summary, an invoice's history)", () => {
  it("lists that entity's rows only, newest or oldest first, up to the limit, without before and after", async () => {
    const { admin } = await twoCustomers();
    for (const [index, action] of ["customer.created", "customer.updated", "customer.suspended"].entries()) {
      await insertAuditRow({
        action,
        entityType: "customer",
        entityId: ids.customerA,
        actorUserId: admin.id,
        actorLabel: admin.email,
        before: { status: "active" },
        after: { status: "suspended" },
        createdAt: istanbulTime(2026, 11, 20, 10 + index),
      });
    }
    // Another customer's row and an order's row with the same id are not this customer's.
    await insertAuditRow({ action: "customer.updated", entityType: "customer", entityId: ids.customerB });
    await insertAuditRow({ action: "order.created", entityType: "order", entityId: ids.customerA });

    const entries = (order: "newest" | "oldest", limit: number) =>
      query(listEntityAuditEntries, { entityType: "customer", entityId: ids.customerA, limit, order });
    const latest = await entries("newest", 2);
    expect(latest).toEqual([
      {
        id: expect.any(String),
        action: "customer.suspended",
        actorLabel: admin.email,
        createdAt: istanbulTime(2026, 11, 20, 12),
      },
      {
        id: expect.any(String),
        action: "customer.updated",
        actorLabel: admin.email,
        createdAt: istanbulTime(2026, 11, 20, 11),
      },
    ]);
    const all = await entries("newest", 5);
    expect(all.map((row) => row.action)).toEqual(["customer.suspended", "customer.updated", "customer.created"]);
    expect((await entries("oldest", 5)).map((row) => row.action)).toEqual([
      "customer.created",
      "customer.updated",
      "customer.suspended",
    ]);
  });
});

describe("the e-mail log", () => {
  it("filters by status, template, any part of the recipient and days", async () => {
    await insertEmailRow({
      recipient: "Ayse@Anadolu.test",
      template: "order-status",
      status: "sent",
      createdAt: istanbulTime(2026, 11, 20, 9),
    });
    await insertEmailRow({
      recipient: "burak@bogazici.test",
      template: "password-reset",
      status: "failed",
      createdAt: istanbulTime(2026, 11, 21, 9),
    });
    await insertEmailRow({
      recipient: "ops@cardak.test",
      template: "new-quote",
      status: "stored",
      createdAt: istanbulTime(2026, 11, 22, 9),
    });
    const recipients = (page: Awaited<ReturnType<typeof emailLog>>) => page.rows.map((row) => row.recipient);
    expect(recipients(await emailLog({}))).toEqual(["ops@cardak.test", "burak@bogazici.test", "Ayse@Anadolu.test"]);
    expect(recipients(await emailLog({ durum: "failed" }))).toEqual(["burak@bogazici.test"]);
    expect(recipients(await emailLog({ sablon: "new-quote" }))).toEqual(["ops@cardak.test"]);
    expect(recipients(await emailLog({ alici: "ANADOLU" }))).toEqual(["Ayse@Anadolu.test"]);
    expect(recipients(await emailLog({ alici: ".test", bitis: "2026-11-21" }))).toEqual([
      "burak@bogazici.test",
      "Ayse@Anadolu.test",
    ]);
    expect(emailLogList.parse({ alici: "ab" }).recipient).toBeUndefined();
  });

  it("finds the e-mails of a customer: to its users and to its contact address, whatever the case", async () => {
    const { userA } = await twoCustomers();
    await insertEmailRow({ recipient: userA.email.toUpperCase(), subject: "kullanıcıya" });
    await insertEmailRow({ recipient: "iletisim-000a@firma.test", subject: "iletişim adresine" });
    await insertEmailRow({ recipient: "burak@bogazici.test", subject: "başka müşteriye" });
    const rows = await query(listCustomerEmails, { customerId: ids.customerA });
    expect(rows.map((row) => row.subject).sort()).toEqual(["iletişim adresine", "kullanıcıya"]);
  });
});

describe("resending a failed e-mail", () => {
  let fake: Awaited<ReturnType<typeof startFakeResend>> | undefined;
  afterEach(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnvCache();
    await fake?.close();
    fake = undefined;
  });

  const failedOrderEmail = () =>
    insertEmailRow({
      recipient: "ayse@anadolu.test",
      template: "order-status",
      status: "failed",
      attempts: 6,
      lastError: "Fake Resend failure",
      data: {
        name: "Ayşe",
        orderNumber: "SP-2026-000001",
        statusLabel: "Tamamlandı",
        packageCount: 12,
        changedAt: "20.11.2026 10:00",
        note: null,
        orderUrl: "http://localhost:3000/panel/siparisler/1",
      },
    });

  it("queues it again and sends it through Resend, with an audit row", async () => {
    fake = await startFakeResend();
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = fake.url;
    resetEnvCache();
    const { admin } = await twoCustomers();
    const row = await failedOrderEmail();
    const db = await getDb();
    // Given up a day after it was queued two days ago: sent again, its day starts anew.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await db.update(emails).set({ createdAt: twoDaysAgo, queuedAt: twoDaysAgo }).where(eq(emails.id, row.id));
    signInAs(sessionOf(admin));
    const form = new FormData();
    form.append("emailId", row.id);
    expect(await resendEmailAction(null, form)).toEqual({
      ok: true,
      data: undefined,
      message: "E-posta ayse@anadolu.test adresine yeniden gönderiliyor.",
    });
    const [after] = await db.select().from(emails).where(eq(emails.id, row.id));
    expect(after).toMatchObject({ status: "sent", attempts: 1, lastError: null, createdAt: twoDaysAgo });
    expect(Date.now() - after!.queuedAt.getTime()).toBeLessThan(60_000);
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]!.body).toMatchObject({ to: "ayse@anadolu.test" });
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.entityId, row.id));
    expect(audit).toMatchObject({
      action: "email.resent",
      actorUserId: admin.id,
      before: { status: "failed", attempts: 6, lastError: "Fake Resend failure" },
      after: { status: "queued" },
    });
    // Sent now: not failed any more, so a second press is refused.
    expect(await resendEmailAction(null, form)).toEqual({
      ok: false,
      formError: "Yalnızca gönderilemeyen (başarısız) e-postalar yeniden gönderilebilir.",
    });
  });

  it("refuses an e-mail whose secret link was removed, and anyone but an admin", async () => {
    const { admin, userA } = await twoCustomers();
    const reset = await insertEmailRow({
      recipient: "ayse@anadolu.test",
      template: "password-reset",
      status: "failed",
      data: { name: "Ayşe", resetUrl: "[gönderilemedi]", expiresInMinutes: 60 },
    });
    const failed = await failedOrderEmail();
    const form = (emailId: string) => {
      const data = new FormData();
      data.append("emailId", emailId);
      return data;
    };
    signInAs(sessionOf(admin));
    expect(await resendEmailAction(null, form(reset.id))).toEqual({
      ok: false,
      formError:
        "Bu e-postadaki kişisel bağlantı güvenlik nedeniyle silindi; yeniden gönderilemez. Kullanıcı yeni bir bağlantı istemeli.",
    });
    signInAs(sessionOf(userA));
    expect(await resendEmailAction(null, form(failed.id))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    signInAs(sessionOf(await insertUser({ id: ids.userA2, email: "ikinci@anadolu.test", customerId: ids.customerA })));
    expect(await resendEmailAction(null, form(failed.id))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    const db = await getDb();
    expect((await db.select().from(emails).where(eq(emails.id, failed.id)))[0]).toMatchObject({
      status: "failed",
      attempts: 6,
    });
    expect(await db.select().from(auditLogs)).toEqual([]);
  });
});
