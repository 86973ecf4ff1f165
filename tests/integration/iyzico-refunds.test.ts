import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iyzico } from "@/lib/iyzico/config";
import { IyzicoApiError, IyzicoUnavailableError } from "@/lib/iyzico/errors";
import { buildCancelRequest, buildRefundV2Request } from "@/lib/iyzico/requests";
import { verifyIyzicoWebhook, WEBHOOK_SIGNATURE_HEADER } from "@/lib/iyzico/webhook";
import { IYZICO_PATHS } from "../fakes/iyzico";
import { openCheckoutForm, paidPayment, setUpFakeIyzico } from "./helpers/iyzico";

const fake = setUpFakeIyzico();
const TOTAL = 1_234_550;

const refund = (paymentId: string, conversationId: string, amountKurus: number) =>
  iyzico().refund(buildRefundV2Request({ conversationId, paymentId, amountKurus, ip: "198.51.100.4" }));

describe("refunds (refundV2, by payment id)", () => {
  it("refunds part, then the rest, and refuses more than was paid", async () => {
    const { paymentId } = await paidPayment(fake.current);
    await expect(refund(paymentId, "refund-1", 10_000)).resolves.toMatchObject({
      paymentId,
      conversationId: "refund-1",
      amountKurus: 10_000,
      currency: "TRY",
    });
    await expect(refund(paymentId, "refund-2", TOTAL - 10_000)).resolves.toMatchObject({
      amountKurus: TOTAL - 10_000,
    });
    await expect(refund(paymentId, "refund-3", 1)).rejects.toBeInstanceOf(IyzicoApiError);
    expect(fake.current.payment(paymentId)?.refunds).toEqual([
      { conversationId: "refund-1", amountKurus: 10_000 },
      { conversationId: "refund-2", amountKurus: TOTAL - 10_000 },
    ]);
    const [sent] = fake.current.requestsTo(IYZICO_PATHS.refundV2);
    expect(sent?.body).toEqual({
      locale: "tr",
      conversationId: "refund-1",
      paymentId,
      price: "100.0",
      currency: "TRY",
      ip: "198.51.100.4",
    });
  });

  it("refunds the whole payment in one go", async () => {
    const { paymentId } = await paidPayment(fake.current);
    await expect(refund(paymentId, "refund-all", TOTAL)).resolves.toMatchObject({ amountKurus: TOTAL });
  });

  it("is not idempotent, like Iyzico: the same refund sent twice is made twice", async () => {
    const { paymentId } = await paidPayment(fake.current);
    await refund(paymentId, "refund-1", 5_000);
    await refund(paymentId, "refund-1", 5_000);
    expect(fake.current.payment(paymentId)?.refunds).toHaveLength(2);
  });

  it("can lose the answer of a refund that was made: the caller sees only that Iyzico was unreachable", async () => {
    const { paymentId } = await paidPayment(fake.current);
    fake.current.failNext("lose-answer", IYZICO_PATHS.refundV2);
    const error = await refund(paymentId, "refund-1", 5_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IyzicoUnavailableError);
    expect(fake.current.payment(paymentId)?.refunds).toEqual([{ conversationId: "refund-1", amountKurus: 5_000 }]);
  });

  it("refuses a refund of an unknown payment", async () => {
    await expect(refund("99999999", "refund-1", 100)).rejects.toMatchObject({ code: "IYZICO_REFUSED" });
  });
});

describe("cancel (a whole payment, the same day)", () => {
  it("voids the payment once; a second cancel and a later refund are refused", async () => {
    const { paymentId } = await paidPayment(fake.current);
    const request = buildCancelRequest({ conversationId: "cancel-1", paymentId, ip: "198.51.100.4", reason: "other" });
    await expect(iyzico().cancel(request)).resolves.toEqual({
      paymentId,
      conversationId: "cancel-1",
      amountKurus: TOTAL,
      currency: "TRY",
    });
    expect(fake.current.payment(paymentId)?.cancelled).toBe(true);
    await expect(iyzico().cancel(request)).rejects.toBeInstanceOf(IyzicoApiError);
    await expect(refund(paymentId, "refund-1", 100)).rejects.toBeInstanceOf(IyzicoApiError);
  });

  it("refuses to cancel a payment that was partly refunded", async () => {
    const { paymentId } = await paidPayment(fake.current);
    await refund(paymentId, "refund-1", 100);
    await expect(iyzico().cancel(buildCancelRequest({ conversationId: "cancel-1", paymentId }))).rejects.toBeInstanceOf(
      IyzicoApiError,
    );
  });
});

describe("notifications from the fake, checked by lib/iyzico/webhook", () => {
  let receiver: { url: string; received: { headers: Record<string, unknown>; body: string }[]; close(): void };

  beforeAll(async () => {
    const received: { headers: Record<string, unknown>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    receiver = { url: `http://127.0.0.1:${port}/api/webhooks/iyzico`, received, close: () => server.close() };
  });
  afterAll(() => receiver.close());

  async function deliver(token: string, options: Parameters<typeof fake.current.sendWebhook>[2]) {
    const response = await fake.current.sendWebhook(receiver.url, token, options);
    expect(response.status).toBe(200);
    const last = receiver.received.at(-1)!;
    const header = last.headers[WEBHOOK_SIGNATURE_HEADER];
    return verifyIyzicoWebhook(
      fake.current.secretKey,
      JSON.parse(last.body),
      typeof header === "string" ? header : null,
    );
  }

  it("sends both formats signed as Iyzico signs them, with the ids as JSON numbers", async () => {
    const { form, paymentId } = await paidPayment(fake.current);
    await expect(deliver(form.token, { format: "hosted-page" })).resolves.toMatchObject({
      ok: true,
      event: {
        format: "hosted-page",
        iyziEventType: "CHECKOUT_FORM_AUTH",
        iyziPaymentId: paymentId,
        token: form.token,
        paymentConversationId: form.input.conversationId,
        status: "SUCCESS",
      },
    });
    expect(JSON.parse(receiver.received.at(-1)!.body)).toMatchObject({ iyziPaymentId: Number(paymentId) });
    await expect(deliver(form.token, { format: "direct" })).resolves.toMatchObject({
      ok: true,
      event: { format: "direct", iyziEventType: "API_AUTH", paymentId },
    });
  });

  it("sends a failure notification for a declined card", async () => {
    const form = await openCheckoutForm();
    fake.current.fail(form.token);
    await expect(deliver(form.token, {})).resolves.toMatchObject({ ok: true, event: { status: "FAILURE" } });
  });

  it("sends one when asked over HTTP (for tests in another process)", async () => {
    const { form } = await paidPayment(fake.current);
    const response = await fetch(`${fake.current.url}/_fake/webhook`, {
      method: "POST",
      body: JSON.stringify({ url: receiver.url, token: form.token, format: "hosted-page" }),
    });
    expect(await response.json()).toEqual({ status: 200 });
    const last = receiver.received.at(-1)!;
    const header = last.headers[WEBHOOK_SIGNATURE_HEADER] as string;
    expect(verifyIyzicoWebhook(fake.current.secretKey, JSON.parse(last.body), header)).toMatchObject({
      ok: true,
      event: { token: form.token, status: "SUCCESS" },
    });
  });

  it("can forge, leave out or tamper with the signature, and each is refused", async () => {
    const { form } = await paidPayment(fake.current);
    await expect(deliver(form.token, { signWith: "sandbox-a-forgers-key" })).resolves.toEqual({
      ok: false,
      reason: "bad-signature",
    });
    await expect(deliver(form.token, { signWith: null })).resolves.toEqual({ ok: false, reason: "missing-signature" });
    await expect(deliver(form.token, { tamper: { paymentConversationId: "another-attempt" } })).resolves.toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });
});
