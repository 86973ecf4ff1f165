import "./helpers/next-mocks";
import { count, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  markQuoteReviewedAction,
  rejectQuoteAction,
  sendQuoteOfferAction,
} from "@/app/(admin)/yonetim/teklifler/actions";
import { respondToOfferAction } from "@/app/(marketing)/teklif/[token]/actions";
import { getDb, query } from "@/db";
import { findAcceptedQuoteByTokenHash } from "@/db/queries/accepted-quotes";
import { getOfferByToken } from "@/db/queries/quotes";
import { auditLogs, emails, invoices, orders, quoteRequests } from "@/db/schema";
import { env } from "@/lib/env";
import { QUOTE_MESSAGES } from "@/lib/quotes/messages";
import { CUSTOMER_DECLINED_REASON, offerClosedReason, respondToOffer } from "@/lib/quotes/respond";
import { sha256Hex } from "@/lib/tokens";
import { anonymousCtx } from "./helpers/context";
import { insertCustomer } from "./helpers/fixtures";
import { fromIp, insertQuote, seededAdmin } from "./helpers/quotes";
import { redirectTarget } from "./helpers/redirect";
import { signInAs } from "./helpers/request";

/** What the onboarding wizard finds behind an offer link. */
const acceptedQuote = (token: string) => query(findAcceptedQuoteByTokenHash, { tokenHash: sha256Hex(token) });

const request = { ip: "198.51.100.20" };
/** The visitor answering from the offer link, called below the action (to answer at another time). */
const respond = (input: { token: string; decision: "accept" | "decline" }, now?: Date) =>
  respondToOffer(anonymousCtx(request), input, now);

async function quoteRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(quoteRequests).where(eq(quoteRequests.id, id));
  return row!;
}

async function auditActions(id: string) {
  const db = await getDb();
  const rows = await db
    .select({ action: auditLogs.action })
    .from(auditLogs)
    .where(eq(auditLogs.entityId, id))
    .orderBy(auditLogs.createdAt);
  return rows.map((row) => row.action);
}

/** Sends an offer as the admin and returns the token read from the offer e-mail's link. */
async function sendOffer(quoteId: string, unitPrice = "32,50", validityDays = "14"): Promise<string> {
  const target = await redirectTarget(
    sendQuoteOfferAction(null, { quoteId, unitPrice, validityDays, note: "İlk ay ücretsiz depolama" }),
  );
  expect(target).toBe(`/yonetim/teklifler/${quoteId}?sonuc=teklif`);
  const db = await getDb();
  const [mail] = await db
    .select()
    .from(emails)
    .where(eq(emails.template, "offer"))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  const url = String(mail!.data.offerUrl);
  expect(url.startsWith(`${env().APP_URL}/teklif/`)).toBe(true);
  return url.split("/teklif/")[1]!;
}

beforeEach(async () => {
  signInAs(await seededAdmin());
  fromIp(request.ip);
});

describe("operations on a quote", () => {
  it("marks a quote reviewed, then sends an offer with a hashed 256-bit link and the offer e-mail", async () => {
    const quote = await insertQuote({
      email: "mehmet@deneme.com.tr",
      monthlyVolume: "251-500",
      calculatedUnitPrice: 3500,
    });
    expect(await redirectTarget(markQuoteReviewedAction(null, { quoteId: quote.id }))).toBe(
      `/yonetim/teklifler/${quote.id}?sonuc=incelendi`,
    );
    const before = Date.now();
    const token = await sendOffer(quote.id);

    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const row = await quoteRow(quote.id);
    expect(row).toMatchObject({
      status: "quoted",
      quotedUnitPrice: 3250,
      offerNote: "İlk ay ücretsiz depolama",
      publicTokenHash: sha256Hex(token),
    });
    expect(row.validUntil!.getTime() - before).toBeGreaterThanOrEqual(14 * 86_400_000 - 1000);
    expect(row.validUntil!.getTime() - before).toBeLessThan(14 * 86_400_000 + 60_000);
    // The link exists only in the e-mail: no column of the quote holds the token itself.
    expect(JSON.stringify(row)).not.toContain(token);

    const db = await getDb();
    const [mail] = await db.select().from(emails).where(eq(emails.template, "offer"));
    expect(mail?.recipient).toBe("mehmet@deneme.com.tr");
    expect(mail?.data).toMatchObject({ unitPrice: 3250, monthlyEstimate: 3250 * 375 });
    expect(await auditActions(quote.id)).toEqual(["quote.reviewed", "quote.offer_sent"]);
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "quote.offer_sent"));
    expect(JSON.stringify(audit?.after)).not.toContain(row.publicTokenHash!);
  });

  it("refuses transitions the status machine does not allow, with a Turkish message, changing nothing", async () => {
    const quoted = await insertQuote({ status: "quoted", quotedUnitPrice: 3000 });
    expect(await markQuoteReviewedAction(null, { quoteId: quoted.id })).toEqual({
      ok: false,
      formError: "Teklif gönderildikten sonra yeniden incelemeye alınamaz.",
    });
    expect(
      await sendQuoteOfferAction(null, { quoteId: quoted.id, unitPrice: "30,00", validityDays: "14" }),
    ).toMatchObject({
      ok: false,
      formError: 'Teklif zaten "Teklif gönderildi" durumunda.',
    });
    const accepted = await insertQuote({ status: "accepted", acceptedUnitPrice: 3000 });
    expect(await rejectQuoteAction(null, { quoteId: accepted.id, reason: "Fiyat uymadı" })).toEqual({
      ok: false,
      formError: "Kabul edilmiş bir teklif değiştirilemez.",
    });
    const rejected = await insertQuote({ status: "rejected" });
    expect(
      await sendQuoteOfferAction(null, { quoteId: rejected.id, unitPrice: "30,00", validityDays: "14" }),
    ).toMatchObject({
      ok: false,
      formError: "Reddedilmiş bir teklif değiştirilemez.",
    });
    expect((await quoteRow(quoted.id)).status).toBe("quoted");
    expect((await quoteRow(accepted.id)).status).toBe("accepted");
    expect((await quoteRow(rejected.id)).status).toBe("rejected");
    const db = await getDb();
    expect((await db.select({ value: count() }).from(auditLogs))[0]!.value).toBe(0);
    expect((await db.select({ value: count() }).from(emails))[0]!.value).toBe(0);
  });

  it("lets only one of two admins move the same quote", async () => {
    const quote = await insertQuote();
    const results = await Promise.allSettled([
      sendQuoteOfferAction(null, { quoteId: quote.id, unitPrice: "30,00", validityDays: "14" }),
      sendQuoteOfferAction(null, { quoteId: quote.id, unitPrice: "31,00", validityDays: "14" }),
    ]);
    // The winner redirects (a rejected promise carrying NEXT_REDIRECT); the other is refused.
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
    expect(results.filter((result) => result.status === "fulfilled" && !result.value.ok)).toHaveLength(1);
    const db = await getDb();
    expect(await db.select({ id: emails.id }).from(emails).where(eq(emails.template, "offer"))).toHaveLength(1);
    expect(await auditActions(quote.id)).toEqual(["quote.offer_sent"]);
  });

  it("rejects with a reason; a customer cannot use the admin actions", async () => {
    const quote = await insertQuote();
    await redirectTarget(rejectQuoteAction(null, { quoteId: quote.id, reason: "Hizmet bölgemiz dışında" }));
    expect(await quoteRow(quote.id)).toMatchObject({ status: "rejected", rejectionReason: "Hizmet bölgemiz dışında" });

    const other = await insertQuote();
    signInAs({
      id: "00000000-0000-4000-8000-000000000009",
      email: "m@x.com",
      name: "M",
      role: "customer",
      customerId: null,
    });
    expect(await markQuoteReviewedAction(null, { quoteId: other.id })).toMatchObject({
      ok: false,
      formError: "Bu işlem için yetkiniz yok.",
    });
    expect((await quoteRow(other.id)).status).toBe("pending");
  });
});

describe("the offer link", () => {
  it("finds the offer only by the token's hash", async () => {
    const quote = await insertQuote();
    const token = await sendOffer(quote.id);
    expect((await query(getOfferByToken, { token }))?.id).toBe(quote.id);
    const hash = (await quoteRow(quote.id)).publicTokenHash!;
    expect(await query(getOfferByToken, { token: hash })).toBeNull();
    expect(await query(getOfferByToken, { token: `${token}x` })).toBeNull();
  });

  it("accepts at the quoted price, leads to /basla with the token, creates no order or invoice", async () => {
    const quote = await insertQuote({
      companyName: "Kabul AŞ",
      productTypes: ["Kitap", "Diğer"],
      specialRequirements: "Hediye paketi",
    });
    const token = await sendOffer(quote.id, "29,90");
    expect(await acceptedQuote(token)).toBeNull();
    signInAs(null);

    expect(await redirectTarget(respondToOfferAction(null, { token, decision: "accept" }))).toBe(
      `/basla?teklif=${token}`,
    );
    const row = await quoteRow(quote.id);
    expect(row).toMatchObject({ status: "accepted", acceptedUnitPrice: 2990 });
    expect(row.respondedAt).toBeInstanceOf(Date);
    expect(await auditActions(quote.id)).toEqual(["quote.offer_sent", "quote.accepted"]);
    // The visitor is named in the audit log by the offer's e-mail address.
    const db = await getDb();
    const [accepted] = await db.select().from(auditLogs).where(eq(auditLogs.action, "quote.accepted"));
    expect(accepted).toMatchObject({ actorUserId: null, actorLabel: `anonim (${quote.email})` });
    expect(await acceptedQuote(token)).toEqual({
      id: quote.id,
      companyName: "Kabul AŞ",
      contactName: quote.contactName,
      email: quote.email,
      phone: "+905321234567",
      productTypes: ["Kitap", "Diğer"],
      specialRequirements: "Hediye paketi",
      monthlyVolume: "101-250",
      acceptedUnitPrice: 2990,
    });
    expect(await acceptedQuote("baska-bir-token-degeri-1234567")).toBeNull();
    expect((await db.select({ value: count() }).from(orders))[0]!.value).toBe(0);
    expect((await db.select({ value: count() }).from(invoices))[0]!.value).toBe(0);

    // Answering again changes nothing.
    expect(await respondToOfferAction(null, { token, decision: "decline" })).toEqual({
      ok: false,
      formError: "Bu teklif zaten kabul edildi.",
    });
    expect((await quoteRow(quote.id)).status).toBe("accepted");

    // Once the account is opened from it, the link no longer leads to opening one: it says so.
    const customer = await insertCustomer({ id: "00000000-0000-4000-8000-0000000000c1", companyName: "Kabul AŞ" });
    await db.update(quoteRequests).set({ customerId: customer.id }).where(eq(quoteRequests.id, quote.id));
    const offer = await query(getOfferByToken, { token });
    expect(offerClosedReason(offer!)).toBe("OFFER_ACCOUNT_OPEN");
    expect(await respondToOfferAction(null, { token, decision: "accept" })).toEqual({
      ok: false,
      formError: QUOTE_MESSAGES.OFFER_ACCOUNT_OPEN,
    });
  });

  it("records a decline with the customer's reason", async () => {
    const quote = await insertQuote();
    const token = await sendOffer(quote.id);
    signInAs(null);
    expect(await respondToOfferAction(null, { token, decision: "decline" })).toMatchObject({ ok: true });
    expect(await quoteRow(quote.id)).toMatchObject({
      status: "rejected",
      rejectionReason: CUSTOMER_DECLINED_REASON,
      acceptedUnitPrice: null,
    });
    // Reopened later, the link says the shop declined it, not merely that it is no longer valid.
    expect(await respondToOfferAction(null, { token, decision: "accept" })).toEqual({
      ok: false,
      formError: QUOTE_MESSAGES.OFFER_DECLINED,
    });
    expect(QUOTE_MESSAGES.OFFER_DECLINED).toMatch(/^Bu teklifi reddettiniz\./);
    expect(await acceptedQuote(token)).toBeNull();
  });

  it("refuses an expired offer and changes nothing", async () => {
    const quote = await insertQuote();
    const token = await sendOffer(quote.id, "30,00", "1");
    const later = new Date(Date.now() + 2 * 86_400_000);
    await expect(respond({ token, decision: "accept" }, later)).rejects.toMatchObject({ code: "OFFER_EXPIRED" });
    expect(await quoteRow(quote.id)).toMatchObject({ status: "quoted", acceptedUnitPrice: null, respondedAt: null });
    await expect(respond({ token: "yanlis-token-yanlis-token-123", decision: "accept" })).rejects.toMatchObject({
      code: "OFFER_NOT_FOUND",
    });
  });

  it("offers again once an offer expired unanswered, and only then; the old link stops working", async () => {
    const quote = await insertQuote();
    const first = await sendOffer(quote.id, "30,00", "14");
    const again = await sendQuoteOfferAction(null, { quoteId: quote.id, unitPrice: "29,00", validityDays: "14" });
    expect(again).toMatchObject({ ok: false });
    expect(await quoteRow(quote.id)).toMatchObject({ quotedUnitPrice: 3000 });

    const db = await getDb();
    await db
      .update(quoteRequests)
      .set({ validUntil: new Date(Date.now() - 1000) })
      .where(eq(quoteRequests.id, quote.id));
    const second = await sendOffer(quote.id, "29,00", "7");
    expect(second).not.toBe(first);
    expect(await quoteRow(quote.id)).toMatchObject({
      status: "quoted",
      quotedUnitPrice: 2900,
      publicTokenHash: sha256Hex(second),
    });
    await expect(respond({ token: first, decision: "accept" })).rejects.toMatchObject({ code: "OFFER_NOT_FOUND" });
    await expect(respond({ token: second, decision: "accept" })).resolves.toMatchObject({ status: "accepted" });
    expect(await quoteRow(quote.id)).toMatchObject({ status: "accepted", acceptedUnitPrice: 2900 });
    expect(await auditActions(quote.id)).toEqual(["quote.offer_sent", "quote.offer_sent", "quote.accepted"]);
  });
});
