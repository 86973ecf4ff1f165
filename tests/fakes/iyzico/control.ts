import type { ServerResponse } from "node:http";
import type { FakeIyzico, Mishap } from "./index";

/**
 * The fake's controls over HTTP, for tests in another process than the fake (Playwright's workers,
 * while the fake runs in its global setup). Under /_fake/, a prefix Iyzico's API never uses.
 *   GET  /_fake/requests                       the API calls received
 *   POST /_fake/reset
 *   POST /_fake/fail-next      {"mishap": "500" | "system-error" | "hang" | "lose-answer", "path"?}
 *   POST /_fake/next-payment   {"fraudStatus"?, "paidPriceKurus"?, "card"?}
 *   POST /_fake/sign-answers-with {"secretKey": string | null}
 *   POST /_fake/webhook        {"url", "token", "format"?, "status"?, "signWith"?, "tamper"?}
 */
export const CONTROL_PREFIX = "/_fake/";

const MISHAPS: readonly Mishap[] = ["500", "system-error", "hang", "lose-answer"];

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export async function handleControl(fake: FakeIyzico, method: string, path: string, raw: string, res: ServerResponse) {
  let input: Record<string, unknown> = {};
  try {
    input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return reply(res, 400, { error: "body must be JSON" });
  }
  const action = `${method} ${path.slice(CONTROL_PREFIX.length)}`;
  switch (action) {
    case "GET requests":
      return reply(
        res,
        200,
        fake.requests.map(({ method: m, path: p, body, authorized }) => ({ method: m, path: p, body, authorized })),
      );
    case "POST reset":
      fake.reset();
      return reply(res, 200, { ok: true });
    case "POST fail-next": {
      const mishap = input.mishap as Mishap;
      if (!MISHAPS.includes(mishap)) return reply(res, 400, { error: `mishap must be one of ${MISHAPS.join(", ")}` });
      fake.failNext(mishap, typeof input.path === "string" ? input.path : undefined);
      return reply(res, 200, { ok: true });
    }
    case "POST next-payment":
      fake.nextPayment(input);
      return reply(res, 200, { ok: true });
    case "POST sign-answers-with":
      fake.signAnswersWith(typeof input.secretKey === "string" ? input.secretKey : null);
      return reply(res, 200, { ok: true });
    case "POST webhook": {
      const { url, token, ...options } = input;
      if (typeof url !== "string" || typeof token !== "string")
        return reply(res, 400, { error: "url and token required" });
      try {
        const response = await fake.sendWebhook(url, token, options);
        return reply(res, 200, { status: response.status });
      } catch (error) {
        return reply(res, 502, { error: (error as Error).message });
      }
    }
    default:
      return reply(res, 404, { error: `unknown control ${action}` });
  }
}
