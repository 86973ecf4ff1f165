import { describe, expect, it } from "vitest";
import { createIyzicoClient } from "@/lib/iyzico/client";
import { iyzico, isCardPaymentConfigured } from "@/lib/iyzico/config";
import {
  IyzicoApiError,
  IyzicoNotConfiguredError,
  IyzicoUnavailableError,
  IyzicoVerificationError,
} from "@/lib/iyzico/errors";
import { buildCheckoutFormInitializeRequest } from "@/lib/iyzico/checkout-form";
import { buildCheckoutFormRetrieveRequest, buildPaymentRetrieveRequest } from "@/lib/iyzico/requests";
import { hasValidResponseSignature } from "@/lib/iyzico/signature";
import { resetEnvCache } from "@/lib/env";
import { IYZICO_PATHS, TEST_CARD_LAST_FOUR } from "../fakes/iyzico";
import { CALLBACK_URL, checkoutInput, openCheckoutForm, paidPayment, setUpFakeIyzico } from "./helpers/iyzico";

const fake = setUpFakeIyzico();

const retrieveRequest = (form: { token: string; input: { conversationId: string } }) =>
  buildCheckoutFormRetrieveRequest({ token: form.token, conversationId: form.input.conversationId });

/** What the browser does with the page's answer: the form's target and the token it posts. */
function autoSubmittedForm(html: string) {
  return {
    action: /<form id="callback" method="post" action="([^"]+)"/.exec(html)?.[1],
    token: /name="token" value="([^"]+)"/.exec(html)?.[1],
    submitsItself: html.includes('document.getElementById("callback").submit()'),
  };
}

async function completeOnPage(token: string, outcome: "pay" | "fail") {
  const response = await fetch(`${fake.current.url}/odeme/sonuc`, {
    method: "POST",
    body: new URLSearchParams({ token, outcome }),
  });
  expect(response.status).toBe(200);
  return autoSubmittedForm(await response.text());
}

describe("checkout form through the real iyzipay SDK", () => {
  it("initializes: a token, the payment page and a signed answer, from exactly the fields we built", async () => {
    const form = await openCheckoutForm();
    expect(form.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(form.paymentPageUrl).toBe(`${fake.current.url}/odeme?token=${form.token}&lang=tr`);
    expect(form.tokenExpiresInSeconds).toBe(1800);
    const [sent] = fake.current.requestsTo(IYZICO_PATHS.initialize);
    expect(sent?.authorized).toBe(true);
    expect(sent?.body).toEqual(form.request);
    expect(fake.current.session(form.token)).toMatchObject({
      basketId: "CRD2026000000042",
      priceKurus: 1_234_550,
      paidPriceKurus: 1_234_550,
      callbackUrl: CALLBACK_URL,
    });
  });

  it("keeps concurrent calls on one client apart", async () => {
    const ids = Array.from(
      { length: 10 },
      (_, index) => `0b7c2f4e-5f1a-4c3e-9d8e-2a1b3c4d5e${String(index).padStart(2, "0")}`,
    );
    const forms = await Promise.all(
      ids.map((conversationId, index) => openCheckoutForm({ conversationId, amountKurus: 1_000 + index })),
    );
    expect(forms.map((form) => fake.current.session(form.token)?.conversationId)).toEqual(ids);
    expect(forms.map((form) => fake.current.session(form.token)?.priceKurus)).toEqual(
      ids.map((_, index) => 1_000 + index),
    );
  });

  it("pays on the payment page: the token goes to the callback and retrieve shows the card", async () => {
    const form = await openCheckoutForm();
    const page = await fetch(form.paymentPageUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("₺12.345,50");

    const post = await completeOnPage(form.token, "pay");
    expect(post).toEqual({ action: CALLBACK_URL, token: form.token, submitsItself: true });

    const result = await iyzico().retrieveCheckoutForm(retrieveRequest(form));
    expect(result).toMatchObject({
      paymentStatus: "SUCCESS",
      fraudStatus: 1,
      conversationId: form.input.conversationId,
      basketId: "CRD2026000000042",
      currency: "TRY",
      priceKurus: 1_234_550,
      paidPriceKurus: 1_234_550,
      installment: 1,
      token: form.token,
      card: { association: "MASTER_CARD", lastFourDigits: TEST_CARD_LAST_FOUR },
      failure: null,
    });
    expect(result.paymentId).toMatch(/^\d+$/);
    expect(result.paymentTransactionIds).toHaveLength(1);
    // The page is single use, as Iyzico's is.
    expect((await fetch(form.paymentPageUrl)).status).toBe(404);
  });

  it("reports a declined card as FAILURE with Iyzico's reason and no payment", async () => {
    const form = await openCheckoutForm();
    expect(await completeOnPage(form.token, "fail")).toMatchObject({ action: CALLBACK_URL, token: form.token });
    const result = await iyzico().retrieveCheckoutForm(retrieveRequest(form));
    expect(result).toMatchObject({
      paymentStatus: "FAILURE",
      paymentId: null,
      failure: { code: "10051", group: "NOT_SUFFICIENT_FUNDS" },
    });
  });

  it("answers a retrieve before the customer has paid with Iyzico's failure", async () => {
    const form = await openCheckoutForm();
    const error = await iyzico()
      .retrieveCheckoutForm(retrieveRequest(form))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IyzicoApiError);
    expect((error as IyzicoApiError).providerCode).toBe("5122");
  });

  it("reports a fraud review, a rejection and another paid price as Iyzico signs them", async () => {
    const inReview = await openCheckoutForm();
    fake.current.nextPayment({ fraudStatus: 0, paidPriceKurus: 100 });
    await completeOnPage(inReview.token, "pay");
    expect(await iyzico().retrieveCheckoutForm(retrieveRequest(inReview))).toMatchObject({
      paymentStatus: "SUCCESS",
      fraudStatus: 0,
      paidPriceKurus: 100,
      priceKurus: 1_234_550,
    });

    const rejected = await openCheckoutForm({ conversationId: "b3c1f0c8-7f7e-4d55-8f7a-0e2c3d4b5a69" });
    fake.current.pay(rejected.token, { fraudStatus: -1 });
    expect(await iyzico().retrieveCheckoutForm(retrieveRequest(rejected))).toMatchObject({ fraudStatus: -1 });
  });

  it("finds a payment by the conversation id it was given, or by its id", async () => {
    const { form, paymentId } = await paidPayment(fake.current);
    const conversationId = form.input.conversationId;
    const byConversation = await iyzico().retrievePayment(buildPaymentRetrieveRequest({ conversationId }));
    expect(byConversation).toMatchObject({ paymentId, paymentStatus: "SUCCESS", paidPriceKurus: 1_234_550 });
    const byId = await iyzico().retrievePayment(buildPaymentRetrieveRequest({ conversationId, paymentId }));
    expect(byId).toMatchObject({ paymentId, conversationId, card: { lastFourDigits: "0008" } });
    expect(fake.current.requestsTo(IYZICO_PATHS.paymentDetail).map((request) => request.body)).toEqual([
      { locale: "tr", conversationId, paymentConversationId: conversationId },
      { locale: "tr", conversationId, paymentId },
    ]);
  });
});

describe("what is refused", () => {
  it("refuses answers signed with another key, whatever they say", async () => {
    const form = await openCheckoutForm();
    fake.current.pay(form.token);
    fake.current.signAnswersWith("sandbox-a-forgers-key");
    await expect(iyzico().retrieveCheckoutForm(retrieveRequest(form))).rejects.toBeInstanceOf(IyzicoVerificationError);
    await expect(openCheckoutForm()).rejects.toBeInstanceOf(IyzicoVerificationError);
  });

  it("fails a signature check made with the wrong secret on a genuine answer", async () => {
    const form = await openCheckoutForm();
    fake.current.pay(form.token);
    await iyzico().retrieveCheckoutForm(retrieveRequest(form));
    const [answered] = fake.current.requestsTo(IYZICO_PATHS.retrieve);
    expect(answered?.authorized).toBe(true);
    // The genuine answer, as Iyzico signed it, checked again with each key.
    const body = (await retrieveRaw(form.token, form.input.conversationId)) as Record<string, unknown>;
    expect(hasValidResponseSignature(fake.current.secretKey, "checkoutFormRetrieve", body)).toBe(true);
    expect(hasValidResponseSignature("sandbox-wrong-secret", "checkoutFormRetrieve", body)).toBe(false);
  });

  it("is refused by Iyzico when our secret or API key is wrong, like the real service", async () => {
    const wrongSecret = createIyzicoClient({ apiKey: fake.current.apiKey, secretKey: "wrong", uri: fake.current.url });
    const request = buildCheckoutFormInitializeRequest(checkoutInput());
    const error = await wrongSecret.initializeCheckoutForm(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IyzicoApiError);
    expect(error).toMatchObject({ providerCode: "1000", providerMessage: "Geçersiz imza" });
    expect(fake.current.requests.at(-1)?.authorized).toBe(false);

    const wrongKey = createIyzicoClient({ apiKey: "nobody", secretKey: fake.current.secretKey, uri: fake.current.url });
    await expect(wrongKey.initializeCheckoutForm(request)).rejects.toMatchObject({ providerCode: "1001" });
  });
});

describe("when Iyzico is not well", () => {
  it("turns a 500 error page into IyzicoUnavailableError, and the next call works", async () => {
    fake.current.failNext("500");
    const error = await openCheckoutForm().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IyzicoUnavailableError);
    expect(error).toMatchObject({ code: "IYZICO_UNAVAILABLE", reason: "malformed" });
    await expect(openCheckoutForm()).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("turns Iyzico's own system error into IyzicoApiError with its code", async () => {
    fake.current.failNext("system-error", IYZICO_PATHS.initialize);
    await expect(openCheckoutForm()).rejects.toMatchObject({ code: "IYZICO_REFUSED", providerCode: "100001" });
  });

  it("gives up on a silent Iyzico after the timeout", async () => {
    const client = createIyzicoClient({
      apiKey: fake.current.apiKey,
      secretKey: fake.current.secretKey,
      uri: fake.current.url,
      timeoutMs: 300,
    });
    fake.current.failNext("hang");
    const started = Date.now();
    const error = await client
      .initializeCheckoutForm(buildCheckoutFormInitializeRequest(checkoutInput()))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "IYZICO_UNAVAILABLE", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("reports a refused connection as unavailable", async () => {
    const client = createIyzicoClient({ apiKey: "k", secretKey: "s", uri: "http://127.0.0.1:9" });
    await expect(
      client.initializeCheckoutForm(buildCheckoutFormInitializeRequest(checkoutInput())),
    ).rejects.toMatchObject({ reason: "network" });
  });
});

describe("controls over HTTP, for tests running in another process than the fake", () => {
  const control = (path: string, body?: object) =>
    fetch(`${fake.current.url}/_fake/${path}`, {
      method: body ? "POST" : "GET",
      body: body ? JSON.stringify(body) : undefined,
    });

  it("queues a mishap, sets the next payment, lists the requests and resets", async () => {
    expect((await control("fail-next", { mishap: "500", path: IYZICO_PATHS.initialize })).status).toBe(200);
    await expect(openCheckoutForm()).rejects.toBeInstanceOf(IyzicoUnavailableError);

    const form = await openCheckoutForm();
    await control("next-payment", { fraudStatus: 0 });
    await completeOnPage(form.token, "pay");
    expect(await iyzico().retrieveCheckoutForm(retrieveRequest(form))).toMatchObject({ fraudStatus: 0 });

    const listed = (await (await control("requests")).json()) as { path: string; authorized: boolean }[];
    expect(listed.map((request) => request.path)).toEqual([
      IYZICO_PATHS.initialize,
      IYZICO_PATHS.initialize,
      IYZICO_PATHS.retrieve,
    ]);
    await control("reset", {});
    expect(fake.current.requests).toHaveLength(0);
    expect((await control("fail-next", { mishap: "explode" })).status).toBe(400);
  });
});

describe("configuration", () => {
  it("is on with both keys and off without them", () => {
    expect(isCardPaymentConfigured()).toBe(true);
    const saved = process.env.IYZIPAY_SECRET_KEY;
    delete process.env.IYZIPAY_API_KEY;
    delete process.env.IYZIPAY_SECRET_KEY;
    resetEnvCache();
    try {
      expect(isCardPaymentConfigured()).toBe(false);
      expect(() => iyzico()).toThrow(IyzicoNotConfiguredError);
    } finally {
      process.env.IYZIPAY_API_KEY = fake.current.apiKey;
      process.env.IYZIPAY_SECRET_KEY = saved;
      resetEnvCache();
    }
  });
});

/** The retrieve answer exactly as it comes over the wire (for checks outside the client). */
async function retrieveRaw(token: string, conversationId: string): Promise<unknown> {
  const { createRequire } = await import("node:module");
  const Iyzipay = createRequire(import.meta.url)("iyzipay") as new (config: object) => {
    checkoutForm: { retrieve(params: object, callback: (error: unknown, body: unknown) => void): void };
  };
  const sdk = new Iyzipay({ apiKey: fake.current.apiKey, secretKey: fake.current.secretKey, uri: fake.current.url });
  return new Promise((resolve, reject) =>
    sdk.checkoutForm.retrieve({ locale: "tr", conversationId, token }, (error, body) =>
      error ? reject(error as Error) : resolve(body),
    ),
  );
}
