import "./helpers/next-mocks";
import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { submitQuoteAction } from "@/app/(marketing)/teklif-al/actions";
import { getDb } from "@/db";
import { auditLogs, customers, emails, numberCounters, quoteRequests, rateLimitHits, users } from "@/db/schema";
import { env } from "@/lib/env";
import { istanbulYear } from "@/lib/dates";
import { fromIp, insertQuote, quoteForm } from "./helpers/quotes";
import { signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

async function counts() {
  const db = await getDb();
  const of = async (table: typeof quoteRequests | typeof emails | typeof auditLogs | typeof rateLimitHits) =>
    (await db.select({ value: count() }).from(table))[0]!.value;
  return {
    quotes: await of(quoteRequests),
    emails: await of(emails),
    audits: await of(auditLogs),
    hits: await of(rateLimitHits),
  };
}

beforeEach(() => {
  signInAs(null);
  fromIp("198.51.100.10");
});

describe("quote submission", () => {
  it("writes one pending quote with the tier price, its audit row and the two e-mails", async () => {
    const result = await submitQuoteAction(null, quoteForm({ hasFragileItems: "on" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const year = istanbulYear(new Date());
    expect(result.data).toMatchObject({
      referenceNumber: `TKF-${year}-000001`,
      unitPrice: 3500,
      monthlyEstimate: 3500 * 375,
    });

    const db = await getDb();
    const quotes = await db.select().from(quoteRequests);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      id: result.data.id,
      status: "pending",
      calculatedUnitPrice: 3500,
      phone: "+905321234567",
      productTypes: ["Giyim", "Kozmetik"],
      hasFragileItems: true,
      needsReview: true,
      customerId: null,
      publicTokenHash: null,
    });

    // Both e-mails are committed with the quote and rendered and sent only after the response.
    const queued = await db.select().from(emails).orderBy(emails.template);
    expect(queued.map((mail) => [mail.template, mail.recipient, mail.status])).toEqual([
      ["new-quote", env().OPS_EMAIL, "queued"],
      ["quote-received", "ayse@ornektekstil.com.tr", "queued"],
    ]);
    await responseSent();
    const mails = await db.select().from(emails).orderBy(emails.template);
    expect(mails.map((mail) => [mail.template, mail.recipient, mail.status])).toEqual([
      ["new-quote", env().OPS_EMAIL, "stored"],
      ["quote-received", "ayse@ornektekstil.com.tr", "stored"],
    ]);
    expect(mails.find((mail) => mail.template === "quote-received")?.subject).toContain(`TKF-${year}-000001`);

    const audits = await db.select().from(auditLogs).where(eq(auditLogs.entityId, result.data.id));
    expect(audits.map((row) => row.action)).toEqual(["quote.submitted"]);
    expect(audits[0]?.ipAddress).toBe("198.51.100.10");
    // A visitor is named by the e-mail address they typed.
    expect(audits[0]).toMatchObject({ actorUserId: null, actorLabel: "anonim (ayse@ornektekstil.com.tr)" });
  });

  it("writes nothing at all when a write inside the transaction fails", async () => {
    const year = istanbulYear(new Date());
    // A row holding the reference the counter will hand out next makes the quote insert fail.
    await insertQuote({ referenceNumber: `TKF-${year}-000001` });
    const before = await counts();
    const result = await submitQuoteAction(null, quoteForm());
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("Beklenmeyen bir hata") });
    expect(await counts()).toEqual(before);
    const db = await getDb();
    expect(await db.select().from(numberCounters)).toEqual([]);
  });

  it("writes nothing when validation fails, and names the field in Turkish", async () => {
    const before = await counts();
    const result = await submitQuoteAction(
      null,
      quoteForm({ email: "ayse@", productTypes: undefined, phone: "+44 20 7946 0958" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.email).toEqual(["Geçerli bir e-posta adresi girin"]);
    expect(result.fieldErrors?.productTypes).toEqual(["En az bir ürün türü seçin"]);
    expect(result.fieldErrors?.phone).toEqual(["Lütfen Türkiye'deki bir telefon numarası girin"]);
    expect(result.values).toMatchObject({ companyName: "Örnek Tekstil Ltd. Şti." });
    expect(await counts()).toEqual(before);
  });

  it("refuses a form whose honeypot is filled and saves no quote", async () => {
    const result = await submitQuoteAction(null, quoteForm({ website: "http://spam.example" }));
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("gönderilemedi") });
    const after = await counts();
    expect(after.quotes).toBe(0);
    expect(after.emails).toBe(0);
  });

  it("refuses the sixth quote from one IP within an hour, in Turkish, while another IP may still ask", async () => {
    for (let index = 0; index < 5; index++) {
      const result = await submitQuoteAction(null, quoteForm({ email: `kisi${index}@firma.com.tr` }));
      expect(result.ok).toBe(true);
    }
    const sixth = await submitQuoteAction(null, quoteForm({ email: "altinci@firma.com.tr" }));
    expect(sixth).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Bir saat içinde en fazla 5 teklif talebi gönderilebilir\. Lütfen .+ sonra tekrar deneyin\.$/,
      ),
    });
    expect((await counts()).quotes).toBe(5);

    fromIp("198.51.100.99");
    expect((await submitQuoteAction(null, quoteForm({ email: "baska@firma.com.tr" }))).ok).toBe(true);
  });

  it("does not let parallel requests from one IP get past the limit together", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        submitQuoteAction(null, quoteForm({ email: `paralel${index}@firma.com.tr` })),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect((await counts()).quotes).toBe(5);
  });

  it("sends at most 3 quote confirmations a day to one address, whichever addresses ask", async () => {
    for (let index = 0; index < 3; index++) {
      fromIp(`198.51.100.${index + 100}`);
      const result = await submitQuoteAction(null, quoteForm({ email: "Kurban@Firma.com.tr" }));
      expect(result.ok).toBe(true);
    }
    fromIp("198.51.100.200");
    const fourth = await submitQuoteAction(null, quoteForm({ email: "kurban@firma.com.tr" }));
    expect(fourth).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Bu e-posta adresine 24 saat içinde en fazla 3 teklif gönderilebilir\. Lütfen .+ sonra/,
      ),
    });
    const db = await getDb();
    const confirmations = await db.select().from(emails).where(eq(emails.template, "quote-received"));
    expect(confirmations).toHaveLength(3);
    expect((await counts()).quotes).toBe(3);
    // Another recipient from the same address is still served.
    expect((await submitQuoteAction(null, quoteForm({ email: "baska@firma.com.tr" }))).ok).toBe(true);
  });

  it("links a signed-in customer's quote to its customer", async () => {
    const db = await getDb();
    const [customer] = await db
      .insert(customers)
      .values({
        companyName: "Müşteri AŞ",
        taxId: "1234567890",
        contactName: "Can",
        email: "can@musteri.com.tr",
        phone: "+905321234567",
      })
      .returning();
    const [user] = await db
      .insert(users)
      .values({
        email: "can@musteri.com.tr",
        name: "Can",
        role: "customer",
        customerId: customer!.id,
        passwordHash: "x",
      })
      .returning();
    signInAs({ id: user!.id, email: user!.email, name: user!.name, role: "customer", customerId: customer!.id });
    const result = await submitQuoteAction(null, quoteForm({ email: "can@musteri.com.tr" }));
    expect(result.ok).toBe(true);
    const [quote] = await db.select().from(quoteRequests);
    expect(quote?.customerId).toBe(customer!.id);
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.entityId, quote!.id));
    expect(audit).toMatchObject({ action: "quote.submitted", actorUserId: user!.id, actorLabel: user!.email });
  });
});
