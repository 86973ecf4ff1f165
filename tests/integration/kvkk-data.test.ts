import "./helpers/next-mocks";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/(portal)/panel/hesap/verilerim/route";
import { requestDeletionAction } from "@/app/(portal)/panel/hesap/data-actions";
import { erasePersonalDataAction } from "@/app/(admin)/yonetim/musteriler/actions";
import { resendEmailAction } from "@/app/(admin)/yonetim/e-postalar/actions";
import { getDb, query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { getCustomerDetail } from "@/db/queries/customer-detail";
import { listCustomerEmails } from "@/db/queries/emails";
import {
  auditLogs,
  customers,
  emails,
  integrations,
  invoices,
  quoteRequests,
  userInvitations,
  userSessions,
  users,
} from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { openSession } from "@/lib/auth/user-sessions";
import { env } from "@/lib/env";
import { finalizeInvoices } from "@/lib/billing/finalize";
import { generateInvoice } from "@/lib/billing/generate";
import { systemCtx } from "./helpers/context";
import { BEFORE_PERIOD, PERIOD, RUN_AT, auditsOf, completeOrders } from "./helpers/billing";
import { FIXTURE_PASSWORD, ids, insertCustomer, insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { requestHeaders, signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

const ctx = systemCtx("kvkk-test");

const download = () =>
  GET(new Request("http://localhost:3000/panel/hesap/verilerim", { headers: requestHeaders({ ip: "203.0.113.7" }) }));

/** Two billed customers: A with a colleague, an integration and a quote; B with its own of each. */
async function twoBilledCustomers() {
  await insertCustomer({
    id: ids.customerA,
    createdAt: BEFORE_PERIOD,
    companyName: "Anadolu Kozmetik",
    email: "muhasebe@anadolu.test",
  });
  await insertCustomer({ id: ids.customerB, createdAt: BEFORE_PERIOD, companyName: "Boğaziçi Giyim" });
  const userA = await insertUser({
    id: ids.userA,
    email: "ayse@anadolu.test",
    customerId: ids.customerA,
    name: "Ayşe",
  });
  await insertUser({ id: ids.userA2, email: "mehmet@anadolu.test", customerId: ids.customerA, name: "Mehmet" });
  const userB = await insertUser({ id: ids.userB, email: "burak@bogazici.test", customerId: ids.customerB });
  const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
  const db = await getDb();
  for (const [customerId, secret] of [
    [ids.customerA, "anadolu-sifreli-anahtar"],
    [ids.customerB, "bogazici-sifreli-anahtar"],
  ] as const) {
    await db.insert(integrations).values({
      customerId,
      platform: "shopify",
      credentialsEncrypted: secret,
      credentialsMasked: { accessToken: "shpat_••••1234" },
      shopName: `${customerId.slice(-4)}.myshopify.com`,
      status: "connected",
    });
  }
  for (const [customerId, reference] of [
    [ids.customerA, "TKF-2026-000001"],
    [ids.customerB, "TKF-2026-000002"],
  ] as const) {
    await db.insert(quoteRequests).values({
      referenceNumber: reference,
      customerId,
      companyName: "Firma",
      contactName: "Yetkili",
      email: `teklif-${reference}@firma.test`,
      phone: "+905321234567",
      monthlyVolume: "101-250",
      productTypes: ["Giyim"],
      calculatedUnitPrice: 4000,
      publicTokenHash: `gizli-token-${reference}`,
    });
  }
  await completeOrders(ids.customerA, [120, 30]);
  await completeOrders(ids.customerB, [77]);
  const invoiceIds: string[] = [];
  for (const customerId of [ids.customerA, ids.customerB]) {
    const { invoiceId } = await generateInvoice(ctx, { period: PERIOD, customerId, now: RUN_AT });
    invoiceIds.push(invoiceId!);
  }
  await finalizeInvoices(ctx, { invoiceIds, now: RUN_AT });
  return { userA, userB, admin };
}

describe("KVKK: Verilerimi indir (JSON)", () => {
  it("gives a customer's user everything held about its own customer and nothing of another's, and audits it", async () => {
    const { userA } = await twoBilledCustomers();
    signInAs(sessionOf(userA));
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="cardak-verilerim-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const data = JSON.parse(text);

    expect(data.company).toMatchObject({ id: ids.customerA, companyName: "Anadolu Kozmetik" });
    expect(data.contract.serviceType).toBe("standard");
    expect(data.users.map((user: { email: string }) => user.email).sort()).toEqual([
      "ayse@anadolu.test",
      "mehmet@anadolu.test",
    ]);
    expect(data.integration).toMatchObject({ platform: "shopify", status: "connected" });
    expect(data.quotes.map((quote: { referenceNumber: string }) => quote.referenceNumber)).toEqual(["TKF-2026-000001"]);
    expect(
      data.orders.map((order: { packageCount: number }) => order.packageCount).sort((a: number, b: number) => a - b),
    ).toEqual([30, 120]);
    expect(data.invoices).toHaveLength(1);
    expect(data.invoices[0]).toMatchObject({ invoiceNumber: expect.stringMatching(/^CRD2026/), packageCount: 150 });
    expect(data.invoices[0].lines.length).toBeGreaterThan(0);
    expect(data.invoices[0].buyer.name).toBe("Anadolu Kozmetik");
    expect(data.emails.length).toBeGreaterThan(0);
    expect(data.emails.every((mail: { recipient: string }) => mail.recipient === "muhasebe@anadolu.test")).toBe(true);
    expect(data.auditTrail.some((row: { action: string }) => row.action.startsWith("invoice."))).toBe(true);

    // Nothing of customer B, and no secret of anyone.
    for (const foreign of [
      ids.customerB,
      ids.userB,
      "Boğaziçi Giyim",
      "burak@bogazici.test",
      "TKF-2026-000002",
      "bogazici-sifreli-anahtar",
    ]) {
      expect(text).not.toContain(foreign);
    }
    for (const secret of ["anadolu-sifreli-anahtar", "gizli-token", "passwordHash", "$argon2", "tokenHash"]) {
      expect(text).not.toContain(secret);
    }

    const audit = (await auditsOf(ids.customerA)).filter((row) => row.action === "customer.data_exported");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: ids.userA, entityType: "customer" });
  });

  it("lists no e-mail to an address another account or the platform holds, whatever the company address says", async () => {
    const { userA } = await twoBilledCustomers();
    const db = await getDb();
    const config = env();
    await db.insert(emails).values([
      {
        recipient: "ayse@anadolu.test",
        template: "order-status",
        data: {},
        subject: "Kendi e-postası",
        status: "sent",
      },
      {
        recipient: config.OPS_EMAIL!,
        template: "ops-alert",
        data: {},
        subject: "[Operasyon] Boğaziçi Giyim",
        status: "sent",
      },
      { recipient: config.COMPANY_EMAIL, template: "order-status", data: {}, subject: "Destek kutusu", status: "sent" },
      {
        recipient: "burak@bogazici.test",
        template: "order-status",
        data: {},
        subject: "Burak'ın siparişi",
        status: "sent",
      },
      // A visitor's quote: an address that is not a customer's yet is still not this one's.
      {
        recipient: "ziyaretci@firma.test",
        template: "quote-offer",
        data: {},
        subject: "Ziyaretçinin teklifi",
        status: "sent",
      },
    ]);
    await db.insert(quoteRequests).values({
      referenceNumber: "TKF-2026-000003",
      companyName: "Ziyaretçi",
      contactName: "Ziyaretçi",
      email: "ziyaretci@firma.test",
      phone: "+905321234567",
      monthlyVolume: "101-250",
      productTypes: ["Giyim"],
      calculatedUnitPrice: 4000,
      publicTokenHash: "gizli-token-ziyaretci",
    });
    // A user's own address stays its own, whoever else typed it: a visitor's quote, another's invitation.
    await db.insert(quoteRequests).values({
      referenceNumber: "TKF-2026-000004",
      companyName: "Ziyaretçi",
      contactName: "Ayşe",
      email: "Ayse@Anadolu.test",
      phone: "+905321234567",
      monthlyVolume: "101-250",
      productTypes: ["Giyim"],
      calculatedUnitPrice: 4000,
      publicTokenHash: "gizli-token-ayse",
    });
    await db.insert(userInvitations).values({
      customerId: ids.customerB,
      email: "ayse@anadolu.test",
      tokenHash: "davet-ayse",
      invitedBy: ids.userB,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    signInAs(sessionOf(userA));
    // The company address is typed, never proven: pointed at someone else's, it reads none of their mail.
    for (const typed of [
      config.OPS_EMAIL!,
      config.COMPANY_EMAIL.toUpperCase(),
      "Burak@Bogazici.test",
      "ziyaretci@firma.test",
    ]) {
      await db.update(customers).set({ email: typed }).where(eq(customers.id, ids.customerA));
      const data = JSON.parse(await (await download()).text());
      expect(data.emails.map((mail: { subject: string }) => mail.subject)).toEqual(["Kendi e-postası"]);
    }
  });

  it("is the same 404 for visitors and admins, and another customer's user gets only its own customer", async () => {
    const { userB, admin } = await twoBilledCustomers();
    for (const user of [null, sessionOf(admin)]) {
      signInAs(user);
      const refused = await download();
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-disposition")).toBeNull();
    }
    expect((await auditsOf(ids.customerA)).filter((row) => row.action === "customer.data_exported")).toEqual([]);

    signInAs(sessionOf(userB));
    const text = await (await download()).text();
    expect(JSON.parse(text).company.id).toBe(ids.customerB);
    for (const foreign of [ids.customerA, "Anadolu Kozmetik", "ayse@anadolu.test", "TKF-2026-000001"]) {
      expect(text).not.toContain(foreign);
    }
  });
});

async function deletionAlerts() {
  const db = await getDb();
  const rows = await db.select().from(emails).where(eq(emails.template, "ops-alert"));
  return rows.filter((row) => String(row.data.kindLabel) === "Hesap silme talebi (KVKK)");
}

describe("KVKK: Hesabımın silinmesini iste", () => {
  it("records who asked and when once, audits it, alerts operations, and both pages show it", async () => {
    const { userA } = await twoCustomers();
    signInAs(sessionOf(userA));
    expect(await requestDeletionAction(null, new FormData())).toEqual({
      ok: true,
      data: undefined,
      message: "Silme talebiniz alındı. Operasyon ekibimiz sizinle iletişime geçecek.",
    });
    await responseSent();
    const second = await requestDeletionAction(null, new FormData());
    expect(second.ok).toBe(false);
    expect(!second.ok && second.formError).toMatch(/^Hesabınızın silinmesi \d{2}\.\d{2}\.\d{4} .* tarihinde istendi/);

    const db = await getDb();
    const [row] = await db.select().from(customers).where(eq(customers.id, ids.customerA));
    expect(row!.deletionRequestedAt).toBeInstanceOf(Date);
    expect(row!.deletionRequestedBy).toBe(ids.userA);
    expect(row!.status).toBe("active");
    const audits = (await auditsOf(ids.customerA)).filter((audit) => audit.action === "customer.deletion_requested");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: ids.userA, after: { requestedBy: "ayse@anadolu.test" } });

    const alerts = await deletionAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.recipient).toBe(env().OPS_EMAIL);
    expect(alerts[0]!.data.summary).toBe("Anadolu Kozmetik");
    expect(alerts[0]!.data.url).toBe(`${env().APP_URL}/yonetim/musteriler/${ids.customerA}`);

    expect((await query(getCustomerProfile, { customerId: ids.customerA }))!.deletionRequestedAt).toEqual(
      row!.deletionRequestedAt,
    );
    expect(await query(getCustomerDetail, { customerId: ids.customerA })).toMatchObject({
      deletionRequestedAt: row!.deletionRequestedAt,
      deletionRequestedBy: "ayse@anadolu.test",
    });
    // Customer B asked nothing.
    const [other] = await db.select().from(customers).where(eq(customers.id, ids.customerB));
    expect(other!.deletionRequestedAt).toBeNull();
  });

  it("is refused to admins and visitors, writing nothing", async () => {
    const { admin } = await twoCustomers();
    for (const user of [sessionOf(admin), null]) {
      signInAs(user);
      expect((await requestDeletionAction(null, new FormData())).ok).toBe(false);
    }
    const db = await getDb();
    const rows = await db.select({ at: customers.deletionRequestedAt }).from(customers);
    expect(rows.every((row) => row.at === null)).toBe(true);
    expect(await deletionAlerts()).toEqual([]);
    expect((await auditsOf(ids.customerA)).filter((audit) => audit.action === "customer.deletion_requested")).toEqual(
      [],
    );
  });
});

const erase = (customerId: string) => {
  const form = new FormData();
  form.set("customerId", customerId);
  return erasePersonalDataAction(null, form);
};

async function snapshot() {
  const db = await getDb();
  return {
    customers: await db.select().from(customers).orderBy(customers.id),
    users: await db.select().from(users).orderBy(users.id),
    invoices: await db.select().from(invoices).orderBy(invoices.id),
    integrations: await db.select().from(integrations).orderBy(integrations.id),
  };
}

describe("KVKK: Kişisel verileri sil", () => {
  it("erases the personal fields, disables the users and ends their sessions, keeps invoices, once", async () => {
    const { userA, admin } = await twoBilledCustomers();
    const db = await getDb();
    await openSession(db, { userId: ids.userA, ip: "203.0.113.7", userAgent: "Vitest" });
    signInAs(sessionOf(userA));
    expect((await requestDeletionAction(null, new FormData())).ok).toBe(true);
    const invoicesBefore = await db.select().from(invoices).where(eq(invoices.customerId, ids.customerA));
    const otherBefore = (await snapshot()).customers.find((row) => row.id === ids.customerB);

    signInAs(sessionOf(admin));
    expect(await erase(ids.customerA)).toEqual({
      ok: true,
      data: undefined,
      message: "Anadolu Kozmetik: kişisel veriler silindi, kullanıcılar devre dışı bırakıldı.",
    });

    const after = await snapshot();
    const customer = after.customers.find((row) => row.id === ids.customerA)!;
    expect(customer).toMatchObject({
      companyName: "Anadolu Kozmetik",
      contactName: "Silindi (KVKK)",
      email: `silindi-${ids.customerA}@silindi.invalid`,
      phone: "",
      address: null,
      status: "inactive",
    });
    expect(customer.erasedAt).toBeInstanceOf(Date);
    const people = after.users.filter((row) => row.customerId === ids.customerA);
    expect(people).toHaveLength(2);
    for (const person of people) {
      expect(person).toMatchObject({
        name: "Silindi (KVKK)",
        email: `silindi-${person.id}@silindi.invalid`,
        disabled: true,
      });
    }
    const sessions = await db.select().from(userSessions).where(eq(userSessions.userId, ids.userA));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((session) => session.revokedAt !== null)).toBe(true);
    // The old address no longer signs in; the erased one is disabled.
    expect(await checkCredentials(db, { email: "ayse@anadolu.test", password: FIXTURE_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await checkCredentials(db, { email: `silindi-${ids.userA}@silindi.invalid`, password: FIXTURE_PASSWORD }),
    ).toEqual({ ok: false, reason: "disabled" });
    // Invoices are the legal record: unchanged, their printed buyer too.
    expect(await db.select().from(invoices).where(eq(invoices.customerId, ids.customerA))).toEqual(invoicesBefore);
    expect(after.integrations.map((row) => row.customerId)).toEqual([ids.customerB]);
    const [quote] = await db.select().from(quoteRequests).where(eq(quoteRequests.customerId, ids.customerA));
    expect(quote).toMatchObject({ contactName: "Silindi (KVKK)", phone: "" });

    const byUserA = (await auditsOf(ids.customerA)).filter((row) => row.actorUserId === ids.userA);
    expect(byUserA.map((row) => row.actorLabel)).toEqual([`silindi-${ids.userA}@silindi.invalid`]);
    const audits = (await auditsOf(ids.customerA)).filter((row) => row.action === "customer.personal_data_erased");
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorUserId).toBe(ids.admin);
    const recorded = JSON.stringify(audits[0]);
    for (const erased of [
      "ayse@anadolu.test",
      "mehmet@anadolu.test",
      "muhasebe@anadolu.test",
      "+905321234567",
      "Ayşe",
    ]) {
      expect(recorded).not.toContain(erased);
    }
    // Customer B is untouched; erasing again is refused.
    expect(after.customers.find((row) => row.id === ids.customerB)).toEqual(otherBefore);
    const again = await erase(ids.customerA);
    expect(!again.ok && again.formError).toBe("Bu müşterinin kişisel verileri zaten silindi.");
  });

  it("empties the e-mail log's copies and the audit trail's values of what it erases, and nothing of another customer's", async () => {
    const { userA, admin } = await twoBilledCustomers();
    const db = await getDb();
    const opsEmail = env().OPS_EMAIL!;
    const [waiting, stored, aboutQuote, aboutUser, ofB, aboutB] = await db
      .insert(emails)
      .values([
        { recipient: "ayse@anadolu.test", template: "order-status", data: { name: "Ayşe" }, status: "queued" },
        // Whatever its case: addresses are compared lowercased, as the e-mail log's search does.
        { recipient: "Mehmet@Anadolu.test", template: "order-status", data: { name: "Mehmet" }, status: "stored" },
        {
          recipient: opsEmail,
          template: "new-quote",
          data: { contactName: "Yetkili", email: "teklif-TKF-2026-000001@firma.test", phone: "+905321234567" },
          status: "stored",
        },
        {
          recipient: opsEmail,
          template: "ops-alert",
          data: { summary: "SP-2026-000001", details: [{ label: "İşlemi yapan", value: "ayse@anadolu.test" }] },
          status: "sent",
        },
        { recipient: "burak@bogazici.test", template: "order-status", data: { name: "Burak" }, status: "stored" },
        {
          recipient: opsEmail,
          template: "ops-alert",
          data: { summary: "SP-2026-000002", details: [{ label: "İşlemi yapan", value: "burak@bogazici.test" }] },
          status: "sent",
        },
      ])
      .returning();
    await db.insert(auditLogs).values([
      {
        // A visitor's step is audited with the address it gave.
        actorLabel: "anonim (Ayse@anadolu.test)",
        action: "customer.profile_updated",
        entityType: "customer",
        entityId: ids.customerA,
        before: { contactName: "Ayşe Yılmaz", phone: "+905321234567", taxOffice: "Kadıköy" },
        after: { contactName: "Ayşe Kaya", address: "Moda Cad. 5", taxOffice: "Kadıköy" },
      },
      {
        actorLabel: "system",
        action: "user.created",
        entityType: "user",
        entityId: ids.userA2,
        after: { email: "mehmet@anadolu.test", name: "Mehmet", role: "customer" },
      },
      {
        actorLabel: "burak@bogazici.test",
        action: "customer.profile_updated",
        entityType: "customer",
        entityId: ids.customerB,
        before: { contactName: "Burak Demir" },
        after: { contactName: "Burak Demirci" },
      },
    ]);
    signInAs(sessionOf(userA));
    expect((await requestDeletionAction(null, new FormData())).ok).toBe(true);
    const emailsOfB = await db
      .select()
      .from(emails)
      .where(inArray(emails.id, [ofB!.id, aboutB!.id]));
    const auditsOfB = await auditsOf(ids.customerB);

    signInAs(sessionOf(admin));
    expect((await erase(ids.customerA)).ok).toBe(true);

    const erasedTexts = [
      "ayse@anadolu.test",
      "mehmet@anadolu.test",
      "muhasebe@anadolu.test",
      "teklif-tkf-2026-000001@firma.test",
      "+905321234567",
      "Ayşe",
      "Mehmet",
      "Moda Cad",
    ];
    const allEmails = await db.select().from(emails);
    const allAudits = await db.select().from(auditLogs);
    for (const text of erasedTexts) {
      expect(JSON.stringify(allEmails).toLowerCase()).not.toContain(text.toLowerCase());
      expect(JSON.stringify(allAudits).toLowerCase()).not.toContain(text.toLowerCase());
    }
    const byId = new Map(allEmails.map((row) => [row.id, row]));
    // The customer's e-mails take its people's erased addresses, so its page still lists them.
    expect(byId.get(waiting!.id)).toMatchObject({
      recipient: `silindi-${ids.userA}@silindi.invalid`,
      data: {},
      status: "failed",
      lastError: "Alıcının kişisel verileri silindi (KVKK); e-posta gönderilmedi.",
    });
    expect(byId.get(stored!.id)).toMatchObject({
      recipient: `silindi-${ids.userA2}@silindi.invalid`,
      data: {},
      status: "stored",
    });
    for (const row of allEmails.filter((email) => email.recipient.endsWith("@silindi.invalid"))) {
      expect(row.erasedAt).toBeInstanceOf(Date);
    }
    const invoiceEmails = allEmails.filter((row) => row.template === "invoice-issued");
    const [customerB] = await db.select().from(customers).where(eq(customers.id, ids.customerB));
    expect(invoiceEmails.map((row) => row.recipient).sort()).toEqual(
      [`silindi-${ids.customerA}@silindi.invalid`, customerB!.email].sort(),
    );
    // Operations' own e-mails about them keep their recipient and lose their content.
    for (const id of [aboutQuote!.id, aboutUser!.id]) {
      expect(byId.get(id)).toMatchObject({ recipient: opsEmail, data: {} });
      expect(byId.get(id)!.erasedAt).toBeInstanceOf(Date);
    }
    const listed = await query(listCustomerEmails, { customerId: ids.customerA, limit: 50 });
    expect(listed.map((row) => row.id)).toEqual(expect.arrayContaining([waiting!.id, stored!.id]));
    // An erased e-mail cannot be sent again: its content is gone.
    const resend = new FormData();
    resend.set("emailId", waiting!.id);
    const refused = await resendEmailAction(null, resend);
    expect(!refused.ok && refused.formError).toMatch(/KVKK kapsamında silindiği için/);
    expect(byId.get(waiting!.id)!.status).toBe("failed");

    // The audit rows stay, with their actions and other values.
    const profileRow = allAudits.find(
      (row) => row.entityId === ids.customerA && row.action === "customer.profile_updated",
    )!;
    expect(profileRow).toMatchObject({
      actorLabel: `anonim (silindi-${ids.userA}@silindi.invalid)`,
      before: { contactName: "Silindi (KVKK)", phone: "Silindi (KVKK)", taxOffice: "Kadıköy" },
      after: { contactName: "Silindi (KVKK)", address: "Silindi (KVKK)", taxOffice: "Kadıköy" },
    });
    const erasedRow = allAudits.find((row) => row.action === "customer.personal_data_erased")!;
    expect(erasedRow.after).toMatchObject({ emailsErased: expect.any(Number), auditRowsErased: expect.any(Number) });
    expect((erasedRow.after as { emailsErased: number }).emailsErased).toBeGreaterThanOrEqual(4);
    // Customer B's e-mails and audit trail are untouched.
    expect(
      await db
        .select()
        .from(emails)
        .where(inArray(emails.id, [ofB!.id, aboutB!.id])),
    ).toEqual(emailsOfB);
    expect(await auditsOf(ids.customerB)).toEqual(auditsOfB);
  });

  it("erases no e-mail or audit value of an address another account or the platform holds", async () => {
    const { userA, admin } = await twoBilledCustomers();
    const db = await getDb();
    const opsEmail = env().OPS_EMAIL!;
    const others = await db
      .insert(emails)
      .values([
        { recipient: opsEmail, template: "order-status", data: { name: "Operasyon" }, status: "queued" },
        {
          recipient: opsEmail,
          template: "ops-alert",
          data: { summary: "SP-2026-000002", details: [{ label: "İşlemi yapan", value: "burak@bogazici.test" }] },
          status: "sent",
        },
        { recipient: "burak@bogazici.test", template: "order-status", data: { name: "Burak" }, status: "queued" },
      ])
      .returning();
    // What an attacker types: operations' inbox as the company address, another customer's user
    // invited, and an address inside theirs (`urak@` in `burak@`).
    await db.update(customers).set({ email: opsEmail }).where(eq(customers.id, ids.customerA));
    const expiresAt = new Date(Date.now() + 86_400_000);
    await db.insert(userInvitations).values([
      {
        customerId: ids.customerA,
        email: "burak@bogazici.test",
        tokenHash: "davet-burak",
        invitedBy: ids.userA,
        expiresAt,
      },
      {
        customerId: ids.customerA,
        email: "urak@bogazici.test",
        tokenHash: "davet-urak",
        invitedBy: ids.userA,
        expiresAt,
      },
      // Another customer invites A's own user: the user's mail is still A's to erase.
      {
        customerId: ids.customerB,
        email: "ayse@anadolu.test",
        tokenHash: "davet-ayse",
        invitedBy: ids.userB,
        expiresAt,
      },
    ]);
    const [mine] = await db
      .insert(emails)
      .values({ recipient: "ayse@anadolu.test", template: "order-status", data: { name: "Ayşe" }, status: "sent" })
      .returning();
    await db.insert(auditLogs).values({
      actorLabel: "burak@bogazici.test",
      action: "customer.profile_updated",
      entityType: "customer",
      entityId: ids.customerB,
      before: { email: "burak@bogazici.test" },
      after: { email: "burak@bogazici.test" },
    });
    const auditsOfB = await auditsOf(ids.customerB);
    signInAs(sessionOf(userA));
    expect((await requestDeletionAction(null, new FormData())).ok).toBe(true);
    signInAs(sessionOf(admin));
    expect((await erase(ids.customerA)).ok).toBe(true);

    const after = await db
      .select()
      .from(emails)
      .where(
        inArray(
          emails.id,
          others.map((row) => row.id),
        ),
      );
    expect(
      after.map(({ id, recipient, data, status, erasedAt }) => ({ id, recipient, data, status, erasedAt })),
    ).toEqual(
      expect.arrayContaining(
        others.map(({ id, recipient, data, status }) => ({ id, recipient, data, status, erasedAt: null })),
      ),
    );
    expect(after).toHaveLength(others.length);
    expect(await auditsOf(ids.customerB)).toEqual(auditsOfB);
    // The customer's own are erased all the same.
    const [customer] = await db.select().from(customers).where(eq(customers.id, ids.customerA));
    expect(customer!.erasedAt).toBeInstanceOf(Date);
    const [mineAfter] = await db.select().from(emails).where(eq(emails.id, mine!.id));
    expect(mineAfter).toMatchObject({ recipient: `silindi-${ids.userA}@silindi.invalid`, data: {} });
  });

  it("is refused to customers, and without a request, writing nothing", async () => {
    const { userA, admin } = await twoBilledCustomers();
    const before = await snapshot();
    signInAs(sessionOf(admin));
    const unasked = await erase(ids.customerA);
    expect(!unasked.ok && unasked.formError).toMatch(/silme talebi yok/);

    signInAs(sessionOf(userA));
    expect((await requestDeletionAction(null, new FormData())).ok).toBe(true);
    const requested = await snapshot();
    for (const user of [sessionOf(userA), null]) {
      signInAs(user);
      expect((await erase(ids.customerA)).ok).toBe(false);
    }
    expect(await snapshot()).toEqual(requested);
    expect(requested.users).toEqual(before.users);
    expect((await auditsOf(ids.customerA)).some((row) => row.action === "customer.personal_data_erased")).toBe(false);
  });
});
