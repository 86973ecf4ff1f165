import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { reconcileCardPayments } from "@/lib/payments/reconcile";
import { scheduledJobs } from "@/lib/scheduled-jobs";
import { IYZICO_PATHS, TEST_CARD_LAST_FOUR } from "../fakes/iyzico";
import { emailsTo } from "./helpers/billing";
import { systemCtx } from "./helpers/context";
import { setUpFakeIyzico } from "./helpers/iyzico";
import {
  ageAttempts,
  auditActions,
  CUSTOMER_EMAIL,
  deliverWebhook,
  fakeWebhook,
  invoiceState,
  issuedInvoice,
  notificationRows,
  paymentRows,
  postCallback,
  pressPay,
} from "./helpers/payments";

const fake = setUpFakeIyzico();

describe("paying an invoice by card", () => {
  it("opens the checkout form for the invoice total, then the callback pays the invoice once", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { target, token } = await pressPay(user, invoiceId);
    expect(target.startsWith(`${fake.current.url}/odeme?token=`)).toBe(true);
    const [attempt] = await paymentRows();
    expect(attempt).toMatchObject({ status: "pending", provider: "iyzico", amount: 960000, checkoutToken: token });
    expect(attempt!.conversationId).toBe(attempt!.id);
    expect(fake.current.session(token)).toMatchObject({
      conversationId: attempt!.id,
      basketId: "CRD2026000000001",
      priceKurus: 960000,
      paidPriceKurus: 960000,
    });

    fake.current.pay(token);
    const first = await postCallback(token);
    expect(first).toEqual({ status: 303, location: `/panel/faturalar/${invoiceId}?odeme=basarili` });
    const [paid] = await paymentRows();
    expect(paid).toMatchObject({
      status: "succeeded",
      cardAssociation: "MASTER_CARD",
      cardLastFour: TEST_CARD_LAST_FOUR,
    });
    expect(paid!.providerPaymentId).toMatch(/^\d+$/);
    expect(await invoiceState(invoiceId)).toMatchObject({ status: "paid", paymentMethod: "card" });

    // The same post again (a reload, a replay): nothing changes, the browser still hears "paid".
    expect(await postCallback(token)).toEqual(first);
    expect(await paymentRows()).toHaveLength(1);
    expect(await auditActions("invoice.paid")).toHaveLength(1);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(1);
  });

  it("the callback posted 10 times at once pays once", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    fake.current.pay(token);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postCallback(token)));
    expect(new Set(answers.map((answer) => answer.location))).toEqual(
      new Set([`/panel/faturalar/${invoiceId}?odeme=basarili`]),
    );
    expect(await auditActions("payment.succeeded")).toHaveLength(1);
    expect(await auditActions("invoice.paid")).toHaveLength(1);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(1);
  });

  it("a declined card fails the attempt and leaves the invoice open", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    fake.current.fail(token);
    expect((await postCallback(token)).location).toBe(`/panel/faturalar/${invoiceId}?odeme=basarisiz`);
    const [attempt] = await paymentRows();
    expect(attempt).toMatchObject({ status: "failed" });
    expect(attempt!.failureReason).toContain("Kart limiti yetersiz");
    expect((await invoiceState(invoiceId)).status).toBe("sent");
  });

  it("does not pay when the paid price differs from the total or the fraud check did not approve", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const price = await pressPay(user, invoiceId);
    fake.current.pay(price.token, { paidPriceKurus: 970000 });
    await postCallback(price.token);
    const fraud = await pressPay(user, invoiceId);
    fake.current.pay(fraud.token, { fraudStatus: -1 });
    await postCallback(fraud.token);
    const review = await pressPay(user, invoiceId);
    fake.current.pay(review.token, { fraudStatus: 0 });
    expect((await postCallback(review.token)).location).toContain("odeme=beklemede");

    const rows = await paymentRows();
    expect(rows.map((row) => row.status)).toEqual(["failed", "failed", "pending"]);
    expect(rows[0]!.failureReason).toContain("tutar");
    expect(rows[1]!.failureReason).toContain("güvenlik");
    expect((await invoiceState(invoiceId)).status).toBe("sent");
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(0);
  });

  it("an unknown token writes nothing and asks Iyzico nothing", async () => {
    await issuedInvoice();
    expect((await postCallback("00000000-0000-4000-8000-000000000000")).location).toBe(
      "/panel/faturalar?odeme=bulunamadi",
    );
    expect(fake.current.requestsTo(IYZICO_PATHS.retrieve)).toHaveLength(0);
    expect(await paymentRows()).toHaveLength(0);
  });

  it("Iyzico answering 500 leaves the attempt pending; reconciliation settles it later", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    fake.current.pay(token);
    fake.current.failNext("500", IYZICO_PATHS.retrieve);
    expect((await postCallback(token)).location).toBe(`/panel/faturalar/${invoiceId}?odeme=beklemede`);
    expect((await paymentRows())[0]!.status).toBe("pending");
    expect((await invoiceState(invoiceId)).status).toBe("sent");

    // Too young for reconciliation: the callback is still expected to come.
    expect(await reconcileCardPayments(systemCtx("reconcile-card-payments"))).toMatchObject({ checked: 0 });
    await ageAttempts(3);
    // The job every 10 minutes (an Inngest cron, or the app's own scheduler without Inngest).
    const job = scheduledJobs.find((entry) => entry.id === "reconcile-card-payments")!;
    expect([job.cron, job.everyMs]).toEqual(["*/10 * * * *", 600_000]);
    expect(await job.run(systemCtx(job.id), new Date())).toEqual({
      checked: 1,
      paid: 1,
      failed: 0,
      pending: 0,
    });
    expect((await paymentRows())[0]!.status).toBe("succeeded");
    expect((await invoiceState(invoiceId)).status).toBe("paid");
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(1);
  });

  it("reconciliation leaves an attempt pending while Iyzico does not answer, and ends one nobody paid", async () => {
    const { user, invoiceId } = await issuedInvoice();
    await pressPay(user, invoiceId);
    await ageAttempts(3);
    fake.current.failNext("500", IYZICO_PATHS.retrieve);
    expect(await reconcileCardPayments(systemCtx("r"))).toMatchObject({ checked: 1, pending: 1 });
    // Not paid on the page yet: still pending within the token's life, failed once it is over.
    expect(await reconcileCardPayments(systemCtx("r"))).toMatchObject({ checked: 1, pending: 1 });
    await ageAttempts(40);
    expect(await reconcileCardPayments(systemCtx("r"))).toMatchObject({ checked: 1, failed: 1 });
    expect((await paymentRows())[0]).toMatchObject({ status: "failed", failureReason: "Ödeme tamamlanmadı." });
  });
});

describe("Iyzico's notifications", () => {
  it("refuse forged, unsigned, tampered and malformed ones with 401 and write nothing", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    fake.current.pay(token);
    const forged = await fakeWebhook(fake.current, token, { signWith: "a-forgers-key" });
    const unsigned = await fakeWebhook(fake.current, token, { signWith: null });
    const tampered = await fakeWebhook(fake.current, token, { tamper: { status: "SUCCESS", iyziPaymentId: 1 } });
    const renamed = await fakeWebhook(fake.current, token, { tamper: { paymentConversationId: "başka" } });
    const garbage = await deliverWebhook("not json", { "x-iyz-signature-v3": "ab".repeat(32) });
    expect([forged.status, unsigned.status, tampered.status, renamed.status, garbage]).toEqual([
      401, 401, 401, 401, 401,
    ]);
    expect(await notificationRows()).toHaveLength(0);
    expect(fake.current.requestsTo(IYZICO_PATHS.retrieve)).toHaveLength(0);
    expect((await paymentRows())[0]!.status).toBe("pending");
  });

  it("the same valid notification 10 times at once: one payment, one status change, one e-mail", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    fake.current.pay(token);
    const { payload, headers } = fake.current.webhook(token);
    const statuses = await Promise.all(Array.from({ length: 10 }, () => deliverWebhook(payload, headers)));
    expect(statuses).toEqual(Array(10).fill(200));
    expect(await notificationRows()).toHaveLength(1);
    const rows = await paymentRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "succeeded", cardLastFour: TEST_CARD_LAST_FOUR });
    expect(await auditActions("invoice.paid")).toHaveLength(1);
    expect(await auditActions("payment.succeeded")).toHaveLength(1);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(1);
    // Confirmed by asking Iyzico, not taken from the body.
    expect(fake.current.requestsTo(IYZICO_PATHS.retrieve).length).toBeGreaterThanOrEqual(1);
    // Iyzico's own retries (new reference codes) later: still one of everything.
    for (let i = 0; i < 3; i++) expect((await fakeWebhook(fake.current, token)).status).toBe(200);
    expect(await paymentRows()).toHaveLength(1);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-received")).toHaveLength(1);
  });

  it("a SUCCESS notification Iyzico does not confirm pays nothing", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const { token } = await pressPay(user, invoiceId);
    // Signed as SUCCESS, but the customer has not paid: Iyzico's answer decides.
    expect((await fakeWebhook(fake.current, token, { status: "SUCCESS" })).status).toBe(200);
    expect((await paymentRows())[0]!.status).toBe("pending");
    expect((await invoiceState(invoiceId)).status).toBe("sent");
  });

  it("one naming another attempt's conversation id, or an unknown one, is recorded and pays nothing", async () => {
    const { user, invoiceId } = await issuedInvoice();
    const first = await pressPay(user, invoiceId);
    const second = await pressPay(user, invoiceId);
    fake.current.pay(first.token);
    const [, other] = await paymentRows();
    expect((await fakeWebhook(fake.current, first.token, { conversationId: other!.id })).status).toBe(200);
    expect((await fakeWebhook(fake.current, first.token, { conversationId: "bilinmeyen" })).status).toBe(200);
    const outcomes = (await notificationRows()).map((row) => row.outcome).sort();
    expect(outcomes).toEqual(["token-mismatch", "unknown-attempt"]);
    expect((await paymentRows()).map((row) => row.status)).toEqual(["pending", "pending"]);
    expect((await invoiceState(invoiceId)).status).toBe("sent");
    expect(second.token).not.toBe(first.token);
  });
});
