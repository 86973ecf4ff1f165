import "./helpers/next-mocks";
import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reactivateCustomerAction, suspendCustomerAction } from "@/app/(admin)/yonetim/musteriler/actions";
import { getDb } from "@/db";
import { customers, emails } from "@/db/schema";
import { renderStoredEmail } from "@/emails";
import { company } from "@/lib/company";
import { istanbulTime } from "@/lib/dates";
import { GENERIC_ERROR } from "@/lib/safe-action";
import { insertInvoice } from "./helpers/admin";
import { ids, sessionOf, twoCustomers } from "./helpers/fixtures";
import { signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

/** Every e-mail row, oldest first: what was sent, to whom, and nothing else. */
async function emailRows() {
  const db = await getDb();
  return db.select().from(emails).orderBy(asc(emails.createdAt), asc(emails.id));
}

const sent = async () => (await emailRows()).map(({ recipient, template }) => ({ recipient, template }));

async function statusOf(customerId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ status: customers.status, suspensionReason: customers.suspensionReason })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row!;
}

const REASON = "Sözleşme ihlali: yasaklı ürün gönderimi";

describe("the customer is e-mailed when operations suspend or reactivate it", () => {
  it("at its contact address, once each way, with operations' contact and not the reason, readable in the log", async () => {
    const { admin, customerA, userA } = await twoCustomers();
    signInAs(sessionOf(admin));

    expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: REASON }))).toEqual({
      ok: true,
      data: undefined,
      message: `Anadolu Kozmetik askıya alındı. Müşteriye ${customerA.email} adresine bilgi e-postası gönderildi.`,
    });
    // The account's contact address, as billing's suspension e-mail: not each user, and no one else.
    expect(await sent()).toEqual([{ recipient: customerA.email, template: "account-suspended-by-operations" }]);
    expect(customerA.email).not.toBe(userA.email);
    const [suspension] = await emailRows();
    expect(suspension!.data).toEqual({
      name: customerA.contactName,
      companyName: "Anadolu Kozmetik",
      panelUrl: "http://localhost:3000/panel",
      contactEmail: company().email,
      contactPhone: company().phone,
    });

    // Without a Resend key the e-mail is kept, rendered, for /yonetim/e-postalar.
    await responseSent();
    const [stored] = await emailRows();
    expect(stored).toMatchObject({ status: "stored", subject: "Anadolu Kozmetik hesabınız askıya alındı" });
    const rendered = (await renderStoredEmail(stored!))!;
    expect(rendered.text).toContain("Çardak Paketleme operasyon ekibi tarafından askıya alındı");
    expect(rendered.text).toContain("yeni sipariş oluşturamazsınız");
    expect(rendered.text).toContain("faturalarınızı görüntüleyip ödeyebilirsiniz");
    expect(rendered.html).toContain(`href="mailto:${company().email}"`);
    expect(rendered.html).toContain('href="http://localhost:3000/panel"');
    // The reason is operations' note: the portal's banner does not show it, nor does the e-mail.
    expect(rendered.html).not.toContain("yasaklı ürün");

    // Refused: already suspended by operations. Nothing more is sent.
    expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "Yine askıya al" }))).toEqual({
      ok: false,
      formError: "Müşteri zaten askıda.",
    });
    expect(await sent()).toHaveLength(1);

    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerA }))).toEqual({
      ok: true,
      data: undefined,
      message: `Anadolu Kozmetik yeniden etkinleştirildi. Müşteriye ${customerA.email} adresine bilgi e-postası gönderildi.`,
    });
    expect(await sent()).toEqual([
      { recipient: customerA.email, template: "account-suspended-by-operations" },
      { recipient: customerA.email, template: "account-reactivated" },
    ]);
    await responseSent();
    const reactivation = (await emailRows())[1]!;
    expect(reactivation).toMatchObject({ status: "stored", subject: "Anadolu Kozmetik hesabınız yeniden etkin" });
    expect(reactivation.data).toMatchObject({ by: "operations", panelUrl: "http://localhost:3000/panel" });
    // Nothing overdue: nothing said to be owed.
    expect(reactivation.data).not.toHaveProperty("overdue");
    const reopened = (await renderStoredEmail(reactivation))!;
    expect(reopened.text).toContain("operasyon ekibi tarafından yeniden etkinleştirildi");
    // Not billing's words: nothing was paid.
    expect(reopened.text).not.toContain("faturalarınız ödendi");

    // Refused: no longer suspended. Nothing more is sent.
    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerA }))).toMatchObject({ ok: false });
    expect(await sent()).toHaveLength(2);
  });

  it("tells a customer suspended for non-payment that operations now keep it suspended", async () => {
    const { admin, customerA } = await twoCustomers();
    const db = await getDb();
    await db
      .update(customers)
      .set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: new Date() })
      .where(eq(customers.id, ids.customerA));
    signInAs(sessionOf(admin));
    expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: REASON }))).toMatchObject({
      ok: true,
    });
    expect(await sent()).toEqual([{ recipient: customerA.email, template: "account-suspended-by-operations" }]);
  });

  it("sends nothing when the action is refused", async () => {
    const { admin, customerA, userA } = await twoCustomers();
    // Customer B is suspended for non-payment and owes an overdue invoice.
    const db = await getDb();
    await db
      .update(customers)
      .set({ status: "suspended", suspensionReason: "non_payment", suspendedAt: new Date() })
      .where(eq(customers.id, ids.customerB));
    await insertInvoice({
      customerId: ids.customerB,
      periodStart: istanbulTime(2026, 9, 15),
      periodEnd: istanbulTime(2026, 10, 15),
      status: "overdue",
      subtotal: 100_000,
    });

    // Not an admin.
    signInAs(sessionOf(userA));
    expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: REASON }))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    expect(await reactivateCustomerAction(null, form({ customerId: ids.customerB }))).toEqual({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });

    signInAs(sessionOf(admin));
    const refusals = [
      // No reason given.
      await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: "" })),
      // Unknown customer.
      await suspendCustomerAction(null, form({ customerId: "0f000000-0000-4000-8000-00000000000f", reason: REASON })),
      // Not suspended.
      await reactivateCustomerAction(null, form({ customerId: ids.customerA })),
      // Overdue invoices, without the admin's confirmation, then without the note.
      await reactivateCustomerAction(null, form({ customerId: ids.customerB })),
      await reactivateCustomerAction(null, form({ customerId: ids.customerB, allowOverdue: "on", note: "" })),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false });

    await responseSent();
    expect(await sent()).toEqual([]);
    expect(await statusOf(ids.customerA)).toEqual({ status: "active", suspensionReason: null });
    expect(await statusOf(ids.customerB)).toEqual({ status: "suspended", suspensionReason: "non_payment" });

    // The same admin's accepted action, by contrast, e-mails the customer.
    const reason = { customerId: ids.customerA, reason: REASON };
    expect(await suspendCustomerAction(null, form(reason))).toMatchObject({ ok: true });
    expect(await sent()).toEqual([{ recipient: customerA.email, template: "account-suspended-by-operations" }]);
  });

  it("sends nothing and changes nothing when the transaction fails at commit", async () => {
    const { admin } = await twoCustomers();
    signInAs(sessionOf(admin));
    const db = await getDb();
    // The e-mail row is written and the status changed, then the commit fails (a deferred check).
    await db.execute(
      sql.raw(`create function test_refuse_commit() returns trigger language plpgsql as $$
        begin raise exception 'commit refused by the test'; end $$`),
    );
    await db.execute(
      sql.raw(`create constraint trigger test_refuse_commit after insert on emails
        deferrable initially deferred for each row execute function test_refuse_commit()`),
    );
    try {
      expect(await suspendCustomerAction(null, form({ customerId: ids.customerA, reason: REASON }))).toEqual({
        ok: false,
        formError: GENERIC_ERROR,
      });
    } finally {
      await db.execute(sql.raw("drop trigger test_refuse_commit on emails"));
      await db.execute(sql.raw("drop function test_refuse_commit()"));
    }
    await responseSent();
    expect(await sent()).toEqual([]);
    expect(await statusOf(ids.customerA)).toEqual({ status: "active", suspensionReason: null });
  });
});
