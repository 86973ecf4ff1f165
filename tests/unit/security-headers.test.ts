import { describe, expect, it } from "vitest";
import { isPaymentPageAllowed, paymentPageSources, securityHeaders } from "@/lib/security-headers";

const policy = (iyzipayUri: string) =>
  new Map(securityHeaders({ appUrl: "https://cardak.example", iyzipayUri })).get("Content-Security-Policy")!;
const formAction = (iyzipayUri: string) =>
  policy(iyzipayUri)
    .split("; ")
    .find((directive) => directive.startsWith("form-action "));

describe("the Content-Security-Policy's form-action", () => {
  it("lets a form's navigation end with us or on Iyzico's payment page, nowhere else", () => {
    // The sandbox's checkout form answers paymentPageUrl https://sandbox-cpp.iyzipay.com?token=...
    expect(formAction("https://sandbox-api.iyzipay.com")).toBe("form-action 'self' https://*.iyzipay.com");
    expect(formAction("https://api.iyzipay.com")).toBe("form-action 'self' https://*.iyzipay.com");
  });

  it("names a stand-in's own address (it serves the payment page itself), never a look-alike host", () => {
    expect(paymentPageSources("http://127.0.0.1:4010/iyzico")).toEqual(["http://127.0.0.1:4010"]);
    expect(paymentPageSources("https://api.iyzipay.com.evil.example")).toEqual([
      "https://api.iyzipay.com.evil.example",
    ]);
    expect(paymentPageSources("https://notiyzipay.com")).toEqual(["https://notiyzipay.com"]);
  });

  it("keeps the other directives", () => {
    expect(policy("https://sandbox-api.iyzipay.com")).toBe(
      "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self' https://*.iyzipay.com",
    );
  });

  it("tells whether the payment page Iyzico answered with is one the policy lets a form reach", () => {
    const sandbox = "https://sandbox-api.iyzipay.com";
    expect(isPaymentPageAllowed("https://sandbox-cpp.iyzipay.com?token=abc&lang=tr", sandbox)).toBe(true);
    expect(isPaymentPageAllowed("https://cpp.iyzipay.com/?token=abc", "https://api.iyzipay.com")).toBe(true);
    expect(isPaymentPageAllowed("http://sandbox-cpp.iyzipay.com?token=abc", sandbox)).toBe(false);
    expect(isPaymentPageAllowed("https://sandbox-ode.iyzico.com?token=abc", sandbox)).toBe(false);
    expect(isPaymentPageAllowed("https://evil-iyzipay.com?token=abc", sandbox)).toBe(false);
    expect(isPaymentPageAllowed("http://127.0.0.1:4010/odeme?token=abc", "http://127.0.0.1:4010")).toBe(true);
    expect(isPaymentPageAllowed("http://127.0.0.1:4011/odeme?token=abc", "http://127.0.0.1:4010")).toBe(false);
    expect(isPaymentPageAllowed("not a url", sandbox)).toBe(false);
  });
});
