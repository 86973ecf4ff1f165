import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { iyzico } from "@/lib/iyzico/config";
import { buildCheckoutFormInitializeRequest, type CheckoutFormInput } from "@/lib/iyzico/checkout-form";
import { buildCheckoutFormRetrieveRequest } from "@/lib/iyzico/requests";
import { startFakeIyzico, type FakeIyzico } from "../../fakes/iyzico";

const VARIABLES = ["IYZIPAY_API_KEY", "IYZIPAY_SECRET_KEY", "IYZIPAY_URI"] as const;

/**
 * Starts the fake Iyzico for this test file and points the app's configuration at it, so `iyzico()`
 * is the real iyzipay SDK talking to the fake. The fake forgets everything before each test.
 */
export function setUpFakeIyzico(): { readonly current: FakeIyzico } {
  const holder: { current?: FakeIyzico } = {};
  beforeAll(async () => {
    const fake = await startFakeIyzico();
    holder.current = fake;
    process.env.IYZIPAY_API_KEY = fake.apiKey;
    process.env.IYZIPAY_SECRET_KEY = fake.secretKey;
    process.env.IYZIPAY_URI = fake.url;
    resetEnvCache();
  });
  beforeEach(() => holder.current?.reset());
  afterAll(async () => {
    for (const name of VARIABLES) delete process.env[name];
    resetEnvCache();
    await holder.current?.close();
  });
  return {
    get current() {
      if (!holder.current) throw new Error("The fake Iyzico has not started yet");
      return holder.current;
    },
  };
}

export const CALLBACK_URL = "http://127.0.0.1:3000/api/payments/iyzico/callback";

export function checkoutInput(overrides: Partial<CheckoutFormInput> = {}): CheckoutFormInput {
  return {
    conversationId: "3f0c2a8e-51d4-4d2b-9a57-5b1f8a7c0e11",
    invoiceNumber: "CRD2026000000042",
    amountKurus: 1_234_550,
    callbackUrl: CALLBACK_URL,
    customer: {
      id: "7d1f2e3a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
      companyName: "Ayşe & Kızı Butik Ltd. Şti.",
      taxId: "1234567890",
      phone: "+905321234567",
      address: "Moda Cad. No: 5, Kadıköy",
      city: "İstanbul",
      country: "TR",
    },
    user: { name: "Ayşe Yılmaz", email: "ayse@butik.example" },
    ip: "203.0.113.7",
    ...overrides,
  };
}

/** A checkout form opened through the SDK, as the `Öde` button will open it. */
export async function openCheckoutForm(overrides: Partial<CheckoutFormInput> = {}) {
  const input = checkoutInput(overrides);
  const request = buildCheckoutFormInitializeRequest(input);
  const session = await iyzico().initializeCheckoutForm(request);
  return { input, request, ...session };
}

/** A payment approved on the fake's page and confirmed through the SDK. */
export async function paidPayment(fake: FakeIyzico, overrides: Partial<CheckoutFormInput> = {}) {
  const form = await openCheckoutForm(overrides);
  fake.pay(form.token);
  const result = await iyzico().retrieveCheckoutForm(
    buildCheckoutFormRetrieveRequest({ token: form.token, conversationId: form.input.conversationId }),
  );
  return { form, result, paymentId: result.paymentId! };
}
