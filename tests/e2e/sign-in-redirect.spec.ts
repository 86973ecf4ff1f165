import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/auth";

// Each becomes `//evil.example` (another site) once the browser resolves its dot segments; the
// encoded one is decoded once by the query string.
const OFF_SITE_NEXTS = ["/.//evil.example", "/..//evil.example", "/.%2F%2Fevil.example", "/%2E//evil.example"];

/** A browser whose every request to another origin is recorded and answered locally. */
async function guardedPage(browser: Browser, baseURL: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const offSite: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    (route) => {
      offSite.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Başka site</h1>" });
    },
  );
  return { context, page: await context.newPage(), offSite };
}

async function expectOnOurOrigin(page: Page, baseURL: string, offSite: string[]) {
  await expect(page).toHaveURL((url) => url.origin === new URL(baseURL).origin && !url.pathname.startsWith("/giris"));
  expect(new URL(page.url()).pathname).toBe("/yonetim");
  expect(offSite).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test(`after sign-in the next page stays on our site (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    const { context, page, offSite } = await guardedPage(browser, baseURL!, javaScriptEnabled);
    for (const next of OFF_SITE_NEXTS) {
      // Through the form.
      await context.clearCookies();
      await page.goto(`/giris?next=${next}`);
      await page.getByLabel("E-posta").fill(ADMIN.email);
      await page.getByLabel("Şifre").fill(ADMIN.password);
      await page.getByRole("button", { name: "Giriş yap" }).click();
      await expectOnOurOrigin(page, baseURL!, offSite);

      // Already signed in: the sign-in page sends the user on at once.
      await page.goto(`/giris?next=${next}`);
      await expectOnOurOrigin(page, baseURL!, offSite);
    }
    await context.close();
  });
}

test("Auth.js's own sign-in endpoint does not lead off the site either", async ({ request, baseURL }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const next of ["/.//evil.example", "//evil.example", "https://evil.example/"]) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: ADMIN.email, password: ADMIN.password, csrfToken, callbackUrl: next },
      maxRedirects: 0,
    });
    const location = new URL(response.headers()["location"] ?? "", baseURL);
    // Auth.js names this machine localhost or 127.0.0.1, depending on how it was reached.
    expect(["127.0.0.1", "localhost"]).toContain(location.hostname);
    expect(location.port).toBe(new URL(baseURL!).port);
    expect(location.pathname).not.toMatch(/^\/\//);
  }
});
