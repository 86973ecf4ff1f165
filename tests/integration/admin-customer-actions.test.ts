import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  changeServiceTypeAction,
  reactivateCustomerAction,
  setContractPriceAction,
  suspendCustomerAction,
} from "@/app/(admin)/yonetim/musteriler/actions";
import { createOrderAction } from "@/app/(portal)/panel/siparisler/actions";
import { getDb, query } from "@/db";
import { getCustomerProfile } from "@/db/queries/customer-account";
import { auditLogs, customers, emails } from "@/db/schema";
import { renderStoredEmail } from "@/emails";
import { company } from "@/lib/company";
import { changeServiceType, setContractPrice } from "@/lib/customers/contract";
import { reactivateCustomer, suspendCustomer } from "@/lib/customers/suspension";
import type { AdminContext } from "@/lib/context";
import { istanbulTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { customerCtx } from "./helpers/context";
import { ids, sessionOf, twoCustomers } from "./helpers/fixtures";
import { insertInvoice } from "./helpers/admin";
import { signInAs } from "./helpers/request";

async function customerRow(id: string = ids.customerA) {
  const db = await getDb();
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row!;
}

async function auditsOf(id: string = ids.customerA) {
  const db = await getDb();
  return db.select().from(auditLogs).where(eq(auditLogs.entityId, id)).orderBy(auditLogs.createdAt);
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

describe("suspending and reactivating a customer", () => {
  it("suspends with the reason, the customer sees it and cannot order, and reactivation reopens it", async () => {
    const { admin, userA } = await twoCustomers();
    signInAs(sessionOf(admin));
    const refused = await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { reason: ["Gerekçe en az 5 karakter olmalı."] } });

    const result = await suspendCustomerAction(
      null,
      form({ customerId: ids.customerA, reason: "Sözleşme ihlali: yasaklı ürün gönderimi" }),
    );
    expect(result).toEqual({
      ok: true,
      data: undefined,
      message:
        "Anadolu Kozmetik askıya alındı. Müşteriye iletisim-000a@firma.test adresine bilgi e-postası gönderildi.",
    });
    expect(await customerRow()).toMatchObject({
      status: "suspended",
      suspensionReason: "admin",
      suspensionNote: "Sözleşme ihlali: yasaklı ürün gönderimi",
    });
    // The portal reads the customer's status: the banner shows, and ordering is refused.
    expect(await query(getCustomerProfile, { customerId: ids.customerA })).toMatchObject({ status: "suspended" });
    signInAs(sessionOf(userA));
    // Told it was operations, not unpaid invoices: paying would not reopen it.
    expect(await createOrderAction(null, form({ packageCount: "5" }))).toEqual({
      ok: false,
      formError:
        "Hesabınız operasyon ekibimiz tarafından askıya alındığı için yeni sipariş oluşturamazsınız. Ayrıntılar için lütfen bizimle iletişime geçin.",
    });

    signInAs(sessionOf(admin));
    expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "Yine askıya al" }))).toEqual({
      ok: false,
      formError: "Müşteri zaten askıda.",
    });
    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerA }))).toMatchObject({
      ok: true,
      message:
        "Anadolu Kozmetik yeniden etkinleştirildi. Müşteriye iletisim-000a@firma.test adresine bilgi e-postası gönderildi.",
    });
    expect(await customerRow()).toMatchObject({
      status: "active",
      suspensionReason: null,
      suspensionNote: null,
      suspendedAt: null,
    });
    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerA }))).toEqual({
      ok: false,
      formError: "Müşteri askıda değil; yeniden etkinleştirilecek bir durum yok.",
    });

    const audits = await auditsOf();
    expect(audits.map((row) => [row.action, row.actorUserId])).toEqual([
      ["customer.suspended", admin.id],
      ["customer.reactivated", admin.id],
    ]);
    expect(audits[0]).toMatchObject({
      before: { status: "active", suspensionReason: null },
      after: { status: "suspended", suspensionReason: "admin", reason: "Sözleşme ihlali: yasaklı ürün gönderimi" },
    });
  });

  it("reactivates a customer suspended for non-payment with overdue invoices only when told why", async () => {
    const { admin, customerA } = await twoCustomers();
    const db = await getDb();
    await db
      .update(customers)
      .set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: new Date() })
      .where(eq(customers.id, ids.customerA));
    const period = { periodStart: istanbulTime(2026, 9, 15), periodEnd: istanbulTime(2026, 10, 15) };
    await insertInvoice({ customerId: ids.customerA, ...period, status: "overdue", subtotal: 100_000 });
    await insertInvoice({
      customerId: ids.customerA,
      periodStart: istanbulTime(2026, 10, 15),
      periodEnd: istanbulTime(2026, 11, 15),
      status: "overdue",
      subtotal: 2_345,
    });

    signInAs(sessionOf(admin));
    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerA }))).toEqual({
      ok: false,
      formError:
        "Müşterinin 2 gecikmiş faturası var (toplam ₺1.228,14). Ödeme kaydedildiğinde hesap kendiliğinden açılır; yine de açmak için onay verip bir not yazın.",
    });
    expect(
      await reactivateCustomerAction(null, form({ customerId: ids.customerA, allowOverdue: "on", note: "" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { note: ["Gecikmiş faturası olan müşteriyi etkinleştirmek için nedenini yazın."] },
    });
    expect((await customerRow()).status).toBe("suspended");
    expect(await auditsOf()).toEqual([]);

    const note = "Havale dekontu gönderildi, yarın hesaba geçecek";
    expect(
      await reactivateCustomerAction(null, form({ customerId: ids.customerA, allowOverdue: "on", note })),
    ).toMatchObject({ ok: true });
    expect((await customerRow()).status).toBe("active");
    expect((await auditsOf())[0]).toMatchObject({
      action: "customer.reactivated",
      before: { status: "suspended", suspensionReason: "non_payment" },
      after: { status: "active", note, overdueInvoices: 2, overdueTotal: 122_814 },
    });
    // The customer's e-mail says what is still owed and where to pay it.
    const [mail, ...more] = await db.select().from(emails).where(eq(emails.recipient, customerA.email));
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      template: "account-reactivated",
      data: expect.objectContaining({
        by: "operations",
        overdue: {
          count: 2,
          total: "₺1.228,14",
          invoicesUrl: "http://localhost:3000/panel/faturalar",
          iban: company().iban,
        },
      }),
    });
    const rendered = (await renderStoredEmail(mail!))!;
    expect(rendered.text).toContain("Vadesi geçmiş 2 faturanız (toplam ₺1.228,14) henüz ödenmedi.");
    expect(rendered.html).toContain('href="http://localhost:3000/panel/faturalar"');
  });

  it("turns a non-payment suspension into the admin's, which paying alone no longer ends", async () => {
    const { admin } = await twoCustomers();
    const db = await getDb();
    const since = new Date("2026-11-01T10:00:00Z");
    await db
      .update(customers)
      .set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: since })
      .where(eq(customers.id, ids.customerA));
    signInAs(sessionOf(admin));
    expect(
      await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "Ödeme sözü tutulmadı" })),
    ).toMatchObject({ ok: true });
    expect(await customerRow()).toMatchObject({ status: "suspended", suspensionReason: "admin", suspendedAt: since });
  });
});

describe("contract price and service type", () => {
  it("reads the price as typed with a comma or a dot, and removes it only while not custom", async () => {
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    expect(
      await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "32,50" })),
    ).toMatchObject({ ok: true, message: "Anadolu Kozmetik: sözleşme fiyatı kaydedildi." });
    expect((await customerRow()).contractUnitPrice).toBe(3250);
    await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "31.75" }));
    expect((await customerRow()).contractUnitPrice).toBe(3175);
    expect(await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "31.75" }))).toEqual({
      ok: false,
      formError: "Değişiklik yok: müşteri zaten bu şekilde kayıtlı.",
    });
    for (const [typed, message] of [
      ["otuz", "Sözleşme birim fiyatı 32,50 biçiminde girilmeli"],
      ["0", "Sözleşme birim fiyatı sıfırdan büyük olmalı"],
      ["25.000,00", "Sözleşme birim fiyatı en fazla ₺10.000,00 olabilir"],
    ]) {
      expect(
        await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: typed! })),
      ).toMatchObject({
        ok: false,
        fieldErrors: { contractPrice: [message] },
      });
    }

    expect(
      await changeServiceTypeAction(null, form({ customerId: ids.customerA, serviceType: "custom" })),
    ).toMatchObject({
      ok: true,
    });
    expect(await customerRow()).toMatchObject({ serviceType: "custom", contractUnitPrice: 3175 });
    expect(await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "" }))).toMatchObject({
      ok: false,
      fieldErrors: {
        contractPrice: ["Size özel hizmet alan müşterinin sözleşme fiyatı silinemez; önce hizmet türünü değiştirin."],
      },
    });
    const audits = await auditsOf();
    expect(audits.map((row) => [row.action, row.before, row.after])).toEqual([
      ["customer.contract_price_changed", { contractUnitPrice: null }, { contractUnitPrice: 3250 }],
      ["customer.contract_price_changed", { contractUnitPrice: 3250 }, { contractUnitPrice: 3175 }],
      [
        "customer.service_type_changed",
        { serviceType: "standard", contractUnitPrice: 3175 },
        { serviceType: "custom", contractUnitPrice: 3175 },
      ],
    ]);
  });

  it("needs a contract price for custom service, given with the change or already there", async () => {
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    expect(
      await changeServiceTypeAction(null, form({ customerId: ids.customerB, serviceType: "custom" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { contractPrice: ["Size özel hizmet için önce sözleşme fiyatını girin."] },
    });
    expect((await customerRow(ids.customerB)).serviceType).toBe("standard");
    expect(
      await changeServiceTypeAction(
        null,
        form({ customerId: ids.customerB, serviceType: "custom", contractPrice: "28,40" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await customerRow(ids.customerB)).toMatchObject({ serviceType: "custom", contractUnitPrice: 2840 });
    expect(
      await changeServiceTypeAction(null, form({ customerId: ids.customerB, serviceType: "premium" })),
    ).toMatchObject({
      ok: true,
    });
    expect(await customerRow(ids.customerB)).toMatchObject({ serviceType: "premium", contractUnitPrice: 2840 });
  });

  it("answers not found for an unknown customer", async () => {
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    const unknown = "0f000000-0000-4000-8000-00000000000f";
    expect(await suspendCustomerAction(null, form({ customerId: unknown, reason: "Deneme gerekçe" }))).toEqual({
      ok: false,
      formError: "Müşteri bulunamadı.",
    });
  });
});

describe("every admin action called as a customer", () => {
  it("is refused and writes nothing, through the actions and through the use cases", async () => {
    const { userA } = await twoCustomers();
    const before = await customerRow();
    signInAs(sessionOf(userA));
    const attempts = [
      suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "Kendimi askıya alıyorum" })),
      reactivateCustomerAction(null, form({ customerId: ids.customerA })),
      setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "1,00" })),
      changeServiceTypeAction(null, form({ customerId: ids.customerA, serviceType: "custom", contractPrice: "1,00" })),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toEqual({ ok: false, formError: "Bu işlem için yetkiniz yok." });
    }
    signInAs(null);
    expect(await setContractPriceAction(null, form({ customerId: ids.customerA, contractPrice: "1,00" }))).toEqual({
      ok: false,
      formError: "Oturumunuz sona erdi. Lütfen yeniden giriş yapın.",
    });

    // A use case reached by other code with a customer's context refuses by itself.
    const asCustomer = customerCtx(userA) as unknown as AdminContext;
    const direct = [
      suspendCustomer(asCustomer, { customerId: ids.customerA, reason: "Kendimi askıya alıyorum" }),
      reactivateCustomer(asCustomer, { customerId: ids.customerA }),
      setContractPrice(asCustomer, { customerId: ids.customerA, contractPrice: 100 }),
      changeServiceType(asCustomer, { customerId: ids.customerA, serviceType: "custom", contractPrice: 100 }),
    ];
    for (const outcome of await Promise.allSettled(direct)) {
      expect(outcome.status).toBe("rejected");
      expect(isAppError((outcome as PromiseRejectedResult).reason, "ADMIN_ONLY")).toBe(true);
    }
    expect(await customerRow()).toEqual(before);
    expect(await auditsOf()).toEqual([]);
  });
});
