import { expect, test, type APIRequestContext } from "@playwright/test";
import { startAppServer } from "./helpers/app-server";

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers, what: string, { hsts }: { hsts: boolean }) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  const permissions = headers["permissions-policy"] ?? "";
  for (const off of ["camera=()", "microphone=()", "geolocation=()"]) expect(permissions, what).toContain(off);
  expect(permissions, what).toContain("payment=(self)");
  const maxAge = Number(/^max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0);
  if (hsts) expect(maxAge, what).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  else expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** One of each kind of response: page, static file, route handler, 404s, redirects of three origins. */
async function responsesOfEveryKind(request: APIRequestContext, base: string) {
  const get = (path: string) => request.get(`${base}${path}`, { maxRedirects: 0 });
  const home = await get("/");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script, "the landing page loads a script from /_next/static").toBeTruthy();
  return {
    page: { response: home, status: 200 },
    "static asset": { response: await get(script!), status: 200 },
    "route handler": { response: await get("/api/health"), status: 200 },
    "404 page": { response: await get("/boyle-bir-sayfa-yok"), status: 404 },
    "404 static file": { response: await get("/_next/static/chunks/yok-boyle-bir-dosya.js"), status: 404 },
    "redirect by the proxy": { response: await get("/panel"), status: 307 },
    "redirect by a page": { response: await get("/basla?devam=gecersiz"), status: 307 },
    "redirect by a route handler": { response: await get("/basla/devam?token=gecersiz"), status: 303 },
  };
}

test("every kind of response carries the security headers, without HSTS on an http APP_URL", async ({
  request,
  baseURL,
}) => {
  for (const [what, { response, status }] of Object.entries(await responsesOfEveryKind(request, baseURL!))) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response.headers(), what, { hsts: false });
  }
});

test("HSTS is decided by APP_URL at run time: the same build behind an https APP_URL sends it", async ({ request }) => {
  const app = await startAppServer({ APP_URL: "https://panel.cardak.test" });
  try {
    for (const [what, { response, status }] of Object.entries(await responsesOfEveryKind(request, app.url))) {
      expect(response.status(), what).toBe(status);
      expectSecurityHeaders(response.headers(), what, { hsts: true });
    }
  } finally {
    await app.stop();
  }
});

test("a path with broken %-encoding answers 400 on every dynamic route, not 500", async ({ request }) => {
  for (const path of [
    "/teklif/%E0%A4%A",
    "/teklif/%",
    "/davet/%zz",
    "/sifre-sifirla/%E0",
    "/panel/siparisler/%",
    "/yonetim/teklifler/%C3",
    "/yonetim/siparisler/%",
    "/yonetim/e-postalar/%",
    "/api/auth/%",
    "/api/auth/callback/%E0%A4%A",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("Geçersiz adres");
    expectSecurityHeaders(response.headers(), path, { hsts: false });
  }
  // A well-formed escape still reaches its page.
  const fine = await request.get("/teklif/%41bc", { maxRedirects: 0 });
  expect(fine.status()).toBeLessThan(500);
});
