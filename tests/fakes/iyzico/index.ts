import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { API_ROUTES, failure, IYZICO_PATHS, type Answer } from "./api";
import { checkAuthorization } from "./auth";
import { CONTROL_PREFIX, handleControl } from "./control";
import { callbackForm, invalidSessionPage, PAGE_PATH, PAGE_RESULT_PATH, paymentPage } from "./page";
import { FakeIyzicoStore, TEST_CARD, type Payment, type PaymentOptions, type Session } from "./store";
import { buildWebhook, type WebhookDelivery, type WebhookOptions } from "./webhook";

/**
 * A local stand-in for Iyzico: a real HTTP server on 127.0.0.1 that the real `iyzipay` SDK talks to
 * (IYZIPAY_URI = `url`). It checks the SDK's IYZWSv2 authentication with its own keys, answers the
 * checkout form, payment detail, refund V2 and cancel calls with Iyzico's fields and signatures, serves
 * a payment page, and sends signed notifications. Tests steer it with the controls below.
 */

export { IYZICO_PATHS };
export type { Payment, PaymentOptions, Session, WebhookDelivery, WebhookOptions };

export const TEST_CARD_LAST_FOUR = TEST_CARD.lastFourDigits;

/** What the next API call does instead of answering normally. */
export type Mishap =
  | "500" // an HTML error page with status 500, as a load balancer gives
  | "system-error" // Iyzico's own JSON failure, errorCode 100001
  | "hang" // never answers
  | "lose-answer"; // does the work, then drops the connection before answering

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  authorized: boolean;
};

/** Where the payment page sends the browser: the merchant's callback, with the token to post. */
export type CallbackPost = { callbackUrl: string; token: string };

export type FakeIyzico = {
  url: string;
  apiKey: string;
  secretKey: string;
  requests: RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  session(token: string): Session | undefined;
  payment(paymentId: string): Payment | undefined;
  /** The customer pays on the page (approved unless `options` or `nextPayment` say otherwise). */
  pay(token: string, options?: PaymentOptions): CallbackPost;
  /** The customer's card is declined on the page. */
  fail(token: string): CallbackPost;
  /** The next payment made on the page: another fraud status, paid price or card. */
  nextPayment(options: PaymentOptions): void;
  /** The next API call (to `path`, or any) goes wrong this way. Queued: several can be lined up. */
  failNext(mishap: Mishap, path?: string): void;
  /** Sign answers with another key (a forger's), or with the real one again (null). */
  signAnswersWith(secretKey: string | null): void;
  webhook(token: string, options?: WebhookOptions): WebhookDelivery;
  sendWebhook(url: string, token: string, options?: WebhookOptions): Promise<Response>;
  reset(): void;
  close(): Promise<void>;
};

export async function startFakeIyzico(
  options: { apiKey?: string; secretKey?: string; port?: number } = {},
): Promise<FakeIyzico> {
  const apiKey = options.apiKey ?? "sandbox-fake-api-key";
  const secretKey = options.secretKey ?? "sandbox-fake-secret-key";
  const store = new FakeIyzicoStore();
  const requests: RecordedRequest[] = [];
  let mishaps: { mishap: Mishap; path?: string }[] = [];
  let pending: PaymentOptions | undefined;
  let signingKey: string | null = null;
  let url = "";

  const pageUrl = (token: string) => `${url}${PAGE_PATH}?token=${encodeURIComponent(token)}&lang=tr`;

  function complete(token: string, outcome: "pay" | "fail", paymentOptions?: PaymentOptions): CallbackPost {
    if (outcome === "pay") {
      store.pay(token, paymentOptions ?? pending);
      pending = undefined;
    } else {
      store.fail(token);
    }
    return { callbackUrl: store.sessions.get(token)!.callbackUrl, token };
  }

  function webhook(token: string, webhookOptions?: WebhookOptions): WebhookDelivery {
    const session = store.sessions.get(token);
    if (!session) throw new Error(`Fake Iyzico: no checkout form session for token ${token}`);
    return buildWebhook(secretKey, session, store.paymentOf(session), webhookOptions);
  }

  function takeMishap(path: string): Mishap | undefined {
    const index = mishaps.findIndex((entry) => entry.path === undefined || entry.path === path);
    if (index < 0) return undefined;
    return mishaps.splice(index, 1)[0]!.mishap;
  }

  function sendJson(res: ServerResponse, answer: Answer) {
    res.writeHead(answer.status, { "content-type": "application/json;charset=UTF-8" }).end(JSON.stringify(answer.body));
  }

  function sendHtml(res: ServerResponse, status: number, html: string) {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(html);
  }

  function handleApi(method: string, path: string, headers: IncomingHttpHeaders, raw: string, res: ServerResponse) {
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return sendJson(res, failure({}, "11", "Geçersiz istek"));
    }
    const auth = checkAuthorization(headers, path, raw, { apiKey, secretKey });
    requests.push({ method, path, headers, body, authorized: auth.ok });
    const mishap = takeMishap(path);
    if (mishap === "hang") return;
    if (mishap === "500") return sendHtml(res, 500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
    if (mishap === "system-error") return sendJson(res, failure(body, "100001", "Sistem hatası"));
    if (!auth.ok) return sendJson(res, { ...failure(body, auth.errorCode, auth.errorMessage), status: 401 });
    const answer = API_ROUTES[path]!({ store, signingKey: signingKey ?? secretKey, pageUrl }, body);
    if (mishap === "lose-answer") return res.socket?.destroy();
    sendJson(res, answer);
  }

  function handlePage(method: string, query: URLSearchParams, raw: string, res: ServerResponse) {
    if (method === "GET") {
      const session = store.sessions.get(query.get("token") ?? "");
      if (!session || session.outcome.kind !== "pending") return sendHtml(res, 404, invalidSessionPage());
      return sendHtml(res, 200, paymentPage(session));
    }
    const form = new URLSearchParams(raw);
    const token = form.get("token") ?? "";
    const outcome = form.get("outcome") === "fail" ? "fail" : "pay";
    if (store.sessions.get(token)?.outcome.kind !== "pending") return sendHtml(res, 404, invalidSessionPage());
    const post = complete(token, outcome);
    sendHtml(res, 200, callbackForm(post.callbackUrl, post.token));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const parsed = new URL(req.url ?? "/", "http://fake.local");
      const method = req.method ?? "GET";
      if (parsed.pathname.startsWith(CONTROL_PREFIX)) {
        return void handleControl(fake, method, parsed.pathname, raw, res);
      }
      if (method === "POST" && parsed.pathname in API_ROUTES) {
        return handleApi(method, parsed.pathname, req.headers, raw, res);
      }
      if (
        (method === "GET" && parsed.pathname === PAGE_PATH) ||
        (method === "POST" && parsed.pathname === PAGE_RESULT_PATH)
      ) {
        return handlePage(method, parsed.searchParams, raw, res);
      }
      sendJson(res, { status: 404, body: { status: "failure", errorCode: "404", errorMessage: "Not Found" } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeIyzico = {
    url,
    apiKey,
    secretKey,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    session: (token) => store.sessions.get(token),
    payment: (paymentId) => store.payments.get(paymentId),
    pay: (token, paymentOptions) => complete(token, "pay", paymentOptions),
    fail: (token) => complete(token, "fail"),
    nextPayment: (paymentOptions) => {
      pending = paymentOptions;
    },
    failNext: (mishap, path) => {
      mishaps.push({ mishap, path });
    },
    signAnswersWith: (key) => {
      signingKey = key;
    },
    webhook,
    async sendWebhook(target, token, webhookOptions) {
      const delivery = webhook(token, webhookOptions);
      return fetch(target, { method: "POST", headers: delivery.headers, body: JSON.stringify(delivery.payload) });
    },
    reset() {
      store.clear();
      requests.length = 0;
      mishaps = [];
      pending = undefined;
      signingKey = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
