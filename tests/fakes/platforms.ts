import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local stand-ins for the e-commerce platforms: a real HTTP server on 127.0.0.1, one per test, whose
 * routes answer as the platform does (success, refused credentials, a malformed body) or never answer
 * at all, and which records every request so tests can see how the credentials travelled.
 */

export type Reply = { status: number; body: string; contentType?: string; headers?: Record<string, string> };
export type Behaviour = "success" | "unauthorized" | "malformed" | "hang" | Reply;
export type RouteReplies = { success: Reply; unauthorized: Reply; malformed: Reply };
/** Keyed by `"METHOD /path"` (no query string). */
export type Routes = Record<string, RouteReplies>;

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
};

export type FakePlatform = {
  /** Pass as `options.baseUrl`: it replaces the scheme and host of the connector's real address. */
  baseUrl: string;
  requests: RecordedRequest[];
  requestsTo(route: string): RecordedRequest[];
  behave(route: string, behaviour: Behaviour): void;
  close(): Promise<void>;
};

const json = (status: number, value: unknown): Reply => ({
  status,
  body: JSON.stringify(value),
  contentType: "application/json; charset=utf-8",
});
const html = (status: number, body: string): Reply => ({ status, body, contentType: "text/html; charset=utf-8" });
const xml = (status: number, body: string): Reply => ({ status, body, contentType: "text/xml; charset=utf-8" });

/** `port` 0 (the default) takes a free one; the end-to-end run passes the port the app was told about. */
export async function startFakePlatform(
  routes: Routes,
  initial: Record<string, Behaviour> = {},
  options: { port?: number } = {},
): Promise<FakePlatform> {
  const behaviours = new Map<string, Behaviour>(Object.entries(initial));
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake.local");
      const route = `${req.method ?? "GET"} ${url.pathname}`;
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const replies = routes[route];
      if (!replies) return send(json(404, { errors: "Not Found" }));
      const behaviour = behaviours.get(route) ?? "success";
      // Never answers; the client's timeout has to end the request.
      if (behaviour === "hang") return;
      send(typeof behaviour === "string" ? replies[behaviour] : behaviour);
    });
    function send(reply: Reply) {
      res.writeHead(reply.status, {
        "Content-Type": reply.contentType ?? "text/plain; charset=utf-8",
        ...reply.headers,
      });
      res.end(reply.body);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (route) => requests.filter((request) => `${request.method} ${request.path}` === route),
    behave: (route, behaviour) => behaviours.set(route, behaviour),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- Realistic answers, shaped after each platform's documentation. ----

export const SHOPIFY_SHOP_ROUTE = "GET /admin/api/2026-10/shop.json";

export const shopifyRoutes: Routes = {
  [SHOPIFY_SHOP_ROUTE]: {
    success: json(200, {
      shop: {
        id: 690933842,
        name: "Çardak Deneme Mağazası",
        email: "magaza@example.com",
        domain: "magaza.example.com",
        myshopify_domain: "magaza.myshopify.com",
        currency: "TRY",
        country_code: "TR",
        iana_timezone: "Europe/Istanbul",
        plan_name: "basic",
      },
    }),
    unauthorized: json(401, { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" }),
    malformed: json(200, { shop: { id: 690933842, email: "magaza@example.com" } }),
  },
};

export const WOO_SETTINGS_ROUTE = "GET /wp-json/wc/v3/settings";
export const WOO_INDEX_ROUTE = "GET /wp-json/";

const settingsGroup = (id: string, label: string) => ({
  id,
  label,
  description: "",
  parent_id: "",
  sub_groups: [],
  _links: { options: [{ href: `https://www.magaza.com/wp-json/wc/v3/settings/${id}` }] },
});

export const woocommerceRoutes: Routes = {
  [WOO_SETTINGS_ROUTE]: {
    success: json(200, [
      settingsGroup("general", "General"),
      settingsGroup("products", "Products"),
      settingsGroup("tax", "Tax"),
    ]),
    unauthorized: json(401, {
      code: "woocommerce_rest_authentication_error",
      message: "Consumer key is invalid.",
      data: { status: 401 },
    }),
    malformed: html(200, "<!doctype html><html><body><h1>Bakımdayız</h1></body></html>"),
  },
  [WOO_INDEX_ROUTE]: {
    success: json(200, {
      name: "Ayşe &amp; Kızı Butik",
      description: "El yapımı takılar",
      url: "https://www.magaza.com",
      home: "https://www.magaza.com",
      namespaces: ["oembed/1.0", "wc/v3", "wp/v2"],
    }),
    unauthorized: json(401, {
      code: "rest_forbidden",
      message: "Sorry, you are not allowed to do that.",
      data: { status: 401 },
    }),
    malformed: json(200, { description: "El yapımı takılar" }),
  },
};

export const TICIMAX_ROUTE = "POST /Servis/UrunServis.svc";

const soap = (body: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${body}</s:Body></s:Envelope>`;
const currency = (id: number, code: string, name: string) =>
  `<a:ParaBirimi><a:Aktif>true</a:Aktif><a:DovizKodu>${code}</a:DovizKodu><a:ID>${id}</a:ID><a:Kur>1</a:Kur><a:Tanim>${name}</a:Tanim></a:ParaBirimi>`;

export function ticimaxCurrencies(inner: string): string {
  return soap(
    `<SelectParaBirimiResponse xmlns="http://tempuri.org/"><SelectParaBirimiResult xmlns:a="http://schemas.datacontract.org/2004/07/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${inner}</SelectParaBirimiResult></SelectParaBirimiResponse>`,
  );
}

export function ticimaxFault(message: string): string {
  return soap(
    `<s:Fault><faultcode>s:Client</faultcode><faultstring xml:lang="tr-TR">${message}</faultstring></s:Fault>`,
  );
}

export const ticimaxRoutes: Routes = {
  [TICIMAX_ROUTE]: {
    success: xml(200, ticimaxCurrencies(currency(1, "TRY", "TL") + currency(2, "USD", "Dolar"))),
    unauthorized: xml(500, ticimaxFault("Yetkisiz erişim. UyeKodu hatalı.")),
    malformed: html(200, "<!doctype html><html><body>Sayfa bulunamadı</body></html>"),
  },
};

export const HEPSIBURADA_MERCHANT_ID = "b2910839-83b9-4d45-adb6-86bad457edcb";
export const HEPSIBURADA_ROUTE = `GET /listings/merchantid/${HEPSIBURADA_MERCHANT_ID}`;

export const hepsiburadaRoutes: Routes = {
  [HEPSIBURADA_ROUTE]: {
    success: json(200, {
      totalCount: 1,
      limit: 1,
      offset: 0,
      listings: [
        {
          listingId: "b5e79c96-bac0-4bdc-b87d-3dec63549f68",
          hepsiburadaSku: "HBCV000000D7ET",
          merchantSku: "CARDAK-KUTU-01",
          price: 500.0,
          availableStock: 100,
          dispatchTime: 1,
          cargoCompany1: "HepsiJet",
          isSalable: true,
        },
      ],
    }),
    unauthorized: json(401, { title: "Unauthorized", status: 401, detail: "Authentication failed" }),
    malformed: { status: 200, body: '{"totalCount":1,"listings":[{"listingId":', contentType: "application/json" },
  },
};
