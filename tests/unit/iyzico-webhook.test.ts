import { describe, expect, it } from "vitest";
import { parseIyzicoWebhook, verifyIyzicoWebhook, webhookSignature } from "@/lib/iyzico/webhook";

/**
 * Iyzico's own worked examples of X-Iyz-Signature-V3, from iyzipay-php (iyzico's SDK),
 * samples/webhook_Signature_Validation.php: the payloads as Iyzico sent them, the sandbox secret key
 * and the header value.
 */
const SECRET = "sandbox-UuLnD7wZa0a3DmytfIrwHQqAMfqCNJrs";

const HOSTED_PAGE_PAYLOAD = JSON.parse(
  '{"paymentConversationId":"conversationId","merchantId":3382172,"token":"e828c62d-fd12-4b1a-ad5a-380f15fe6596","status":"SUCCESS","iyziReferenceCode":"77e1635c-6b39-475a-8b7b-ca15ad0cd4ac","iyziEventType":"CHECKOUT_FORM_AUTH","iyziEventTime":1721825036103,"iyziPaymentId":22483975}',
) as Record<string, unknown>;
const HOSTED_PAGE_SIGNATURE = "4031c575763486a2d2bf3f7ace0baebfcd6bed65393ab4df3fe80c00d5fd6878";

const DIRECT_PAYLOAD = JSON.parse(
  '{"paymentConversationId":"conversationId","merchantId":3382172,"paymentId":22484059,"status":"SUCCESS","iyziReferenceCode":"a9af8e6b-4401-4928-b6b8-40419aaa3d0f","iyziEventType":"API_AUTH","iyziEventTime":1721825828467,"iyziPaymentId":22484059}',
) as Record<string, unknown>;
const DIRECT_SIGNATURE = "92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae";

describe("X-IYZ-SIGNATURE-V3", () => {
  it("matches Iyzico's example for a checkout form (hosted page) payment", () => {
    const event = parseIyzicoWebhook(HOSTED_PAGE_PAYLOAD);
    expect(event?.format).toBe("hosted-page");
    expect(webhookSignature(SECRET, event!)).toBe(HOSTED_PAGE_SIGNATURE);
  });

  it("matches Iyzico's example for a direct API payment", () => {
    const event = parseIyzicoWebhook(DIRECT_PAYLOAD);
    expect(event?.format).toBe("direct");
    expect(webhookSignature(SECRET, event!)).toBe(DIRECT_SIGNATURE);
  });

  it("accepts both examples with their headers and reads the ids as text", () => {
    const hosted = verifyIyzicoWebhook(SECRET, HOSTED_PAGE_PAYLOAD, HOSTED_PAGE_SIGNATURE);
    expect(hosted).toMatchObject({
      ok: true,
      event: {
        iyziPaymentId: "22483975",
        token: "e828c62d-fd12-4b1a-ad5a-380f15fe6596",
        paymentConversationId: "conversationId",
        iyziReferenceCode: "77e1635c-6b39-475a-8b7b-ca15ad0cd4ac",
        status: "SUCCESS",
      },
    });
    expect(verifyIyzicoWebhook(SECRET, DIRECT_PAYLOAD, DIRECT_SIGNATURE)).toMatchObject({
      ok: true,
      event: { format: "direct", paymentId: "22484059" },
    });
  });

  it.each([
    ["status", { status: "FAILURE" }],
    ["token", { token: "e828c62d-fd12-4b1a-ad5a-380f15fe6597" }],
    ["conversation id", { paymentConversationId: "another" }],
    ["payment id", { iyziPaymentId: 22483976 }],
    ["event type", { iyziEventType: "API_AUTH" }],
  ])("refuses the example with a changed %s", (_, change) => {
    expect(verifyIyzicoWebhook(SECRET, { ...HOSTED_PAGE_PAYLOAD, ...change }, HOSTED_PAGE_SIGNATURE)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("refuses another key, a missing header and a body of neither shape", () => {
    expect(verifyIyzicoWebhook("sandbox-another-key", HOSTED_PAGE_PAYLOAD, HOSTED_PAGE_SIGNATURE)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(verifyIyzicoWebhook(SECRET, HOSTED_PAGE_PAYLOAD, null)).toEqual({ ok: false, reason: "missing-signature" });
    expect(verifyIyzicoWebhook(SECRET, HOSTED_PAGE_PAYLOAD, "")).toEqual({ ok: false, reason: "missing-signature" });
    expect(verifyIyzicoWebhook(SECRET, { status: "SUCCESS" }, HOSTED_PAGE_SIGNATURE)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyIyzicoWebhook(SECRET, "not json", HOSTED_PAGE_SIGNATURE)).toEqual({ ok: false, reason: "malformed" });
    expect(
      verifyIyzicoWebhook(SECRET, { ...HOSTED_PAGE_PAYLOAD, iyziPaymentId: 1.5 }, HOSTED_PAGE_SIGNATURE),
    ).toMatchObject({ ok: false });
  });
});
