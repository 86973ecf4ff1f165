import "./helpers/next-mocks";
import { describe, expect, it } from "vitest";
import { refundPaymentAction, resolveRefundAction } from "@/app/(admin)/yonetim/faturalar/[id]/refund-actions";
import { IYZICO_PATHS } from "../fakes/iyzico";
import { emailsTo } from "./helpers/billing";
import { sessionOf } from "./helpers/fixtures";
import { setUpFakeIyzico } from "./helpers/iyzico";
import {
  auditActions,
  CUSTOMER_EMAIL,
  issuedInvoice,
  paymentRows,
  postCallback,
  pressPay,
  refundRows,
} from "./helpers/payments";
import { signInAs } from "./helpers/request";

const fake = setUpFakeIyzico();

async function paidByCard() {
  const setup = await issuedInvoice();
  const { token } = await pressPay(setup.user, setup.invoiceId);
  fake.current.pay(token);
  await postCallback(token);
  const [payment] = await paymentRows();
  expect(payment!.status).toBe("succeeded");
  signInAs(sessionOf(setup.admin));
  return { ...setup, payment: payment! };
}

const refund = (
  paymentId: string,
  amount: string,
  requestKey = crypto.randomUUID(),
  reason = "Fazla faturalanan paketler",
) => refundPaymentAction(null, { paymentId, amount, reason, requestKey });

const sentRefunds = () => fake.current.requestsTo(IYZICO_PATHS.refundV2);

describe("refunding a card payment", () => {
  it("a partial then the rest: exact amounts at Iyzico, the payment refunded in full, audited, e-mailed", async () => {
    const { payment } = await paidByCard();
    expect(await refund(payment.id, "1.000,00")).toMatchObject({
      ok: true,
      message: "₺1.000,00 Anadolu Kozmetik Ltd. Şti. firmasının kartına iade edildi.",
    });
    expect((await paymentRows())[0]).toMatchObject({ status: "succeeded", refundedAmount: 100000 });
    expect(await refund(payment.id, "8.600,01")).toMatchObject({
      ok: false,
      fieldErrors: { amount: ["İade tutarı en fazla ₺8.600,00 olabilir."] },
    });
    expect(await refund(payment.id, "8.600,00")).toMatchObject({ ok: true });
    expect((await paymentRows())[0]).toMatchObject({ status: "refunded", refundedAmount: 960000 });
    expect(sentRefunds().map((request) => request.body.price)).toEqual(["1000.0", "8600.0"]);
    expect(fake.current.payment(payment.providerPaymentId!)!.refunds.map((r) => r.amountKurus)).toEqual([
      100000, 860000,
    ]);
    expect((await refundRows()).map((row) => row.status)).toEqual(["succeeded", "succeeded"]);
    expect(await auditActions("payment.refund")).toEqual([
      "payment.refund_requested",
      "payment.refunded",
      "payment.refund_requested",
      "payment.refunded",
    ]);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-refunded")).toHaveLength(2);
    // Nothing is left to refund.
    expect(await refund(payment.id, "1,00")).toMatchObject({
      ok: false,
      formError: "Bu ödeme iade edilebilir durumda değil.",
    });
  });

  it("a refund retried after a lost answer is sent to Iyzico once", async () => {
    const { payment } = await paidByCard();
    const requestKey = crypto.randomUUID();
    fake.current.failNext("lose-answer", IYZICO_PATHS.refundV2);
    const lost = await refund(payment.id, "500,00", requestKey);
    expect(lost).toMatchObject({ ok: false });
    expect((lost as { formError: string }).formError).toContain("yanıt alınamadı");
    // The same form again, and a new form for the same payment: neither reaches Iyzico.
    expect(await refund(payment.id, "500,00", requestKey)).toMatchObject({ ok: false });
    const other = await refund(payment.id, "500,00");
    expect((other as { formError: string }).formError).toContain("sonucu beklenen bir iade");
    expect(sentRefunds()).toHaveLength(1);
    expect(fake.current.payment(payment.providerPaymentId!)!.refunds).toHaveLength(1);
    expect((await refundRows()).map((row) => row.status)).toEqual(["requested"]);
    expect((await paymentRows())[0]!.refundedAmount).toBe(0);
  });

  it("an admin records what Iyzico's panel shows for a refund whose answer was lost, once", async () => {
    const { payment } = await paidByCard();
    fake.current.failNext("lose-answer", IYZICO_PATHS.refundV2);
    await refund(payment.id, "500,00");
    const [open] = await refundRows();
    expect(await resolveRefundAction(null, { refundId: open!.id, outcome: "succeeded" })).toMatchObject({
      ok: true,
      message: "₺500,00 iade edildi olarak kaydedildi.",
    });
    expect((await paymentRows())[0]!.refundedAmount).toBe(50000);
    expect(await emailsTo(CUSTOMER_EMAIL, "payment-refunded")).toHaveLength(1);
    // Recorded once: a second answer is refused and changes nothing.
    expect(await resolveRefundAction(null, { refundId: open!.id, outcome: "failed" })).toMatchObject({ ok: false });
    expect((await refundRows())[0]!.status).toBe("succeeded");
    // The way is open for the next refund; the lost one was never sent again.
    expect(await refund(payment.id, "100,00")).toMatchObject({ ok: true });
    expect(sentRefunds()).toHaveLength(2);
    expect((await paymentRows())[0]!.refundedAmount).toBe(60000);
  });

  it("the same form sent again after a refund went through does not refund twice", async () => {
    const { payment } = await paidByCard();
    const requestKey = crypto.randomUUID();
    expect(await refund(payment.id, "500,00", requestKey)).toMatchObject({ ok: true });
    expect(await refund(payment.id, "500,00", requestKey)).toMatchObject({
      ok: false,
      formError: "Bu iade isteği zaten gönderildi; yeniden gönderilmedi.",
    });
    expect(sentRefunds()).toHaveLength(1);
  });

  it("Iyzico refusing marks the refund failed and moves no money", async () => {
    const { payment } = await paidByCard();
    fake.current.failNext("system-error", IYZICO_PATHS.refundV2);
    const refused = await refund(payment.id, "500,00");
    expect((refused as { formError: string }).formError).toContain("para iade edilmedi");
    expect((await refundRows())[0]).toMatchObject({ status: "failed" });
    expect((await paymentRows())[0]!.refundedAmount).toBe(0);
    // Not stuck: a new refund can be sent.
    expect(await refund(payment.id, "500,00")).toMatchObject({ ok: true });
  });

  it("is refused for a customer's user and for bad input, writing nothing", async () => {
    const { payment, user } = await paidByCard();
    expect(await refund(payment.id, "abc")).toMatchObject({
      ok: false,
      fieldErrors: { amount: ["İade tutarı 32,50 biçiminde girilmeli"] },
    });
    expect(await refund(payment.id, "10,00", undefined, "x")).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(Array) },
    });
    signInAs(sessionOf(user));
    expect(await refund(payment.id, "10,00")).toMatchObject({ ok: false, formError: "Bu işlem için yetkiniz yok." });
    expect(await refundRows()).toHaveLength(0);
    expect(sentRefunds()).toHaveLength(0);
  });
});
