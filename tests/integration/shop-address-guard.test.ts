import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { request } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { parseCredentials, type Platform, type VerifyResult } from "@/lib/integrations";
import { pinnedAgent } from "@/lib/integrations/address-guard";
import { verifyCredentials } from "@/lib/integrations/verify";
import {
  HEPSIBURADA_MERCHANT_ID,
  HEPSIBURADA_ROUTE,
  hepsiburadaRoutes,
  SHOPIFY_SHOP_ROUTE,
  shopifyRoutes,
  startFakePlatform,
  TICIMAX_ROUTE,
  ticimaxFault,
  ticimaxRoutes,
  WOO_SETTINGS_ROUTE,
  woocommerceRoutes,
  type FakePlatform,
  type Routes,
} from "@/tests/fakes/platforms";

/**
 * "Bağlantıyı test et" calls an address the visitor typed. Whatever that name resolves to, the call
 * may only reach a public address on port 443, and what an answer's body says is never shown.
 */

const WOO = {
  siteUrl: "https://magaza.invalid",
  consumerKey: "ck_0123456789abcdef0123456789abcdef01234567",
  consumerSecret: "cs_fedcba9876543210fedcba9876543210fedc7654",
};
const TICIMAX = { siteUrl: "https://magaza.invalid", authCode: "3KF956KB3FBE4NIYPQTYKYGF66NHDJ" };
const REFUSED = /yerel ya da özel bir ağ adresine çıkıyor/;
const INTERNAL_REPLY = "IC-SERVIS-YANITI db-primary.internal:5432";

let fake: FakePlatform | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function resolvingTo(...addresses: string[]) {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    return addresses.map((address) => ({ address, family: (address.includes(":") ? 6 : 4) as 4 | 6 }));
  };
  return { resolve, asked };
}

const message = (result: VerifyResult) => (result.ok ? "" : result.message);

describe("the shop's address is resolved and checked before any connection", () => {
  it("a name that resolves to loopback through the system's resolver is refused", async () => {
    const result = await verifyCredentials("ticimax", { ...TICIMAX, siteUrl: "https://localhost" });
    expect(result).toMatchObject({ ok: false, reason: "refused_address" });
    expect(message(result)).toMatch(REFUSED);
    expect(message(result)).toContain("localhost");
  });

  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.5",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
    "::1",
    "::",
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe",
    "fc00::1",
    "fd12:3456:789a::1",
    "fe80::1",
    "ff02::1",
    "64:ff9b::a00:1",
    "2002:7f00:1::1",
  ])("a name resolving to %s is refused without connecting", async (address) => {
    const { resolve, asked } = resolvingTo(address);
    const result = await verifyCredentials("woocommerce", WOO, { resolve });
    expect(asked).toEqual(["magaza.invalid"]);
    expect(result).toMatchObject({ ok: false, reason: "refused_address", message: expect.stringMatching(REFUSED) });
    expect(message(result)).not.toContain(address);
  });

  it("a name that does not resolve, or not in time, is unreachable", async () => {
    const missing = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND magaza.invalid"), { code: "ENOTFOUND" });
    };
    expect(await verifyCredentials("ticimax", TICIMAX, { resolve: missing })).toMatchObject({
      ok: false,
      reason: "unreachable",
      message: expect.stringMatching(/^Mağazaya ulaşılamadı: magaza.invalid adresine bağlanılamadı/),
    });
    const hanging = () => new Promise<never>(() => {});
    const started = Date.now();
    expect(await verifyCredentials("ticimax", TICIMAX, { resolve: hanging, timeoutMs: 200 })).toMatchObject({
      ok: false,
      reason: "unreachable",
      message: expect.stringContaining("0,2 saniye içinde yanıt vermedi"),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("one private address among public ones is enough to refuse", async () => {
    const { resolve } = resolvingTo("2a00:1450:4001:80b::200e", "10.0.0.8");
    expect(await verifyCredentials("ticimax", TICIMAX, { resolve })).toMatchObject({ reason: "refused_address" });
  });

  it("only port 443: another port is refused on the field and before any lookup", async () => {
    const parsed = parseCredentials("ticimax", { ...TICIMAX, siteUrl: "https://magaza.com.tr:8443" });
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { siteUrl: [expect.stringContaining("443")] } });

    const { resolve, asked } = resolvingTo("2a00:1450:4001:80b::200e");
    const result = await verifyCredentials(
      "ticimax",
      { ...TICIMAX, siteUrl: "https://magaza.invalid:8443" },
      { resolve },
    );
    expect(result).toMatchObject({ ok: false, reason: "refused_address", message: expect.stringContaining("443") });
    expect(asked).toEqual([]);
  });
});

type Case = { platform: Platform; routes: Routes; route: string; input: Record<string, string> };

const cases: Case[] = [
  {
    platform: "shopify",
    routes: shopifyRoutes,
    route: SHOPIFY_SHOP_ROUTE,
    input: { shopDomain: "magaza", accessToken: "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" },
  },
  {
    platform: "woocommerce",
    routes: woocommerceRoutes,
    route: WOO_SETTINGS_ROUTE,
    input: { ...WOO, siteUrl: "https://magaza.com" },
  },
  {
    platform: "ticimax",
    routes: ticimaxRoutes,
    route: TICIMAX_ROUTE,
    input: { ...TICIMAX, siteUrl: "https://magaza.com" },
  },
  {
    platform: "hepsiburada",
    routes: hepsiburadaRoutes,
    route: HEPSIBURADA_ROUTE,
    input: { merchantId: HEPSIBURADA_MERCHANT_ID, username: "cardak_dev", password: "Ab12Cd34Ef56" },
  },
];

async function run(testCase: Case) {
  const parsed = parseCredentials(testCase.platform, testCase.input);
  if (!parsed.ok) throw new Error(`fixture refused: ${JSON.stringify(parsed.fieldErrors)}`);
  return verifyCredentials(testCase.platform, parsed.credentials, { baseUrl: fake?.baseUrl });
}

describe.each(cases)("$platform: what another server answers is never shown", (testCase) => {
  it.each([
    { kind: "a JSON error", status: 500, body: JSON.stringify({ code: "internal_error", message: INTERNAL_REPLY }) },
    { kind: "a SOAP fault", status: 500, body: ticimaxFault(`Sunucu meşgul: ${INTERNAL_REPLY}`) },
    { kind: "plain text", status: 400, body: INTERNAL_REPLY },
    { kind: "a success that is not the platform", status: 200, body: INTERNAL_REPLY },
  ])("$kind (HTTP $status) gives a Turkish message and the status, never the body", async (reply) => {
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: reply });
    const result = await run(testCase);
    expect(result).toMatchObject({ ok: false });
    expect(message(result)).not.toContain("IC-SERVIS-YANITI");
    expect(message(result)).not.toContain("internal");
    if (reply.status !== 200) expect(message(result)).toContain(`HTTP ${reply.status}`);
  });

  it("a redirect is not followed and its body is not shown", async () => {
    const redirect = { status: 302, body: INTERNAL_REPLY, headers: { Location: "http://127.0.0.1:9/yonetim" } };
    fake = await startFakePlatform(testCase.routes, { [testCase.route]: redirect });
    const result = await run(testCase);
    expect(result).toMatchObject({ ok: false, reason: "unexpected", message: expect.stringContaining("HTTP 302") });
    expect(message(result)).not.toContain("IC-SERVIS-YANITI");
    expect(fake.requests).toHaveLength(1);
  });
});

describe("the connection goes to the address that was checked", () => {
  it("whatever the name would resolve to, with the typed name as Host", async () => {
    fake = await startFakePlatform(woocommerceRoutes);
    const { port } = new URL(fake.baseUrl);
    const agent = pinnedAgent({ address: "127.0.0.1", family: 4 });
    try {
      // magaza.invalid can never resolve: only the pinned address can have answered.
      const response = await request(`http://magaza.invalid:${port}/wp-json/`, { dispatcher: agent });
      expect(response.statusCode).toBe(200);
      await response.body.text();
    } finally {
      await agent.destroy();
    }
    expect(fake.requests[0]?.headers.host).toBe(`magaza.invalid:${port}`);
  });

  it("over TLS with the typed name as SNI", async () => {
    const names: string[] = [];
    // No certificate: the handshake fails, after the client has said which name it wants.
    const server = tls.createServer({
      SNICallback: (name, done) => {
        names.push(name);
        done(new Error("no certificate in this test"));
      },
    });
    server.on("tlsClientError", () => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const agent = pinnedAgent({ address: "127.0.0.1", family: 4 });
    try {
      const { port } = server.address() as AddressInfo;
      await expect(request(`https://magaza.invalid:${port}/`, { dispatcher: agent })).rejects.toThrow();
    } finally {
      await agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(names).toEqual(["magaza.invalid"]);
  });
});
