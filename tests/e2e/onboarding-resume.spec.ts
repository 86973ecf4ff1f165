import { createHash, randomBytes } from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eSql } from "./helpers/db";

const COOKIE = "cardak_basla";

/** An application in progress straight in the database, at step 2, found by its resume token. */
async function openApplication(companyName: string, status: "in_progress" | "completed" = "in_progress") {
  const token = randomBytes(24).toString("base64url");
  const sql = e2eSql();
  try {
    await sql`insert into onboarding_sessions (resume_token_hash, current_step, step1, status)
      values (${createHash("sha256").update(token).digest("hex")}, 2,
              ${sql.json({ companyName, taxId: "1234567890", taxOffice: "Kadıköy", contactName: "Ayşe Yılmaz", email: "ayse@firma.test", phone: "+905321234567" })},
              ${status})`;
  } finally {
    await sql.end();
  }
  return token;
}

async function withOpenApplication(context: BrowserContext, baseURL: string, token: string) {
  await context.addCookies([{ name: COOKIE, value: token, url: baseURL }]);
}

async function cookieToken(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === COOKIE)?.value;
}

async function expectCompany(page: Page, company: string) {
  await page.goto("/basla?adim=1");
  await expect(page.getByLabel("Firma adı")).toHaveValue(company);
}

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

for (const javaScriptEnabled of [true, false]) {
  test(`a resume link asks before replacing the application open in this browser (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const open = `Açık Başvuru ${unique()}`;
    const linked = `Bağlantıdaki Başvuru ${unique()}`;
    const openToken = await openApplication(open);
    const linkedToken = await openApplication(linked);
    await withOpenApplication(context, baseURL!, openToken);

    await page.goto(`/basla?devam=${linkedToken}`);
    await expect(page.getByRole("heading", { name: "Bu tarayıcıda açık bir başvurunuz var" })).toBeVisible();
    await expect(page.getByText(open)).toBeVisible();
    await expect(page.getByText(linked)).toBeVisible();
    expect(await cookieToken(context)).toBe(openToken);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // Keeping the open one changes nothing.
    await page.getByRole("link", { name: "Açık başvuruya devam et" }).click();
    await expect(page).toHaveURL(/\/basla\?adim=2$/);
    expect(await cookieToken(context)).toBe(openToken);
    await expectCompany(page, open);

    // Asked again, switching takes the link's application.
    await page.goto(`/basla?devam=${linkedToken}`);
    await page.getByRole("button", { name: "Bağlantıdaki başvuruya geç" }).click();
    await expect(page).toHaveURL(/\/basla\?adim=2$/);
    await expect(page.getByRole("heading", { name: "Adım 2: Hizmet" })).toBeVisible();
    expect(await cookieToken(context)).toBe(linkedToken);
    await expectCompany(page, linked);
    await context.close();
  });
}

test("a resume link opens its application without asking when nothing else is open here", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const linked = `Tek Başvuru ${unique()}`;
  const linkedToken = await openApplication(linked);

  // Nothing open; the same application; an application already completed: no question.
  for (const current of [null, linkedToken, await openApplication(`Bitmiş ${unique()}`, "completed")]) {
    await context.clearCookies();
    if (current) await withOpenApplication(context, baseURL!, current);
    await page.goto(`/basla?devam=${linkedToken}`);
    await expect(page).toHaveURL(/\/basla\?adim=2$/);
    expect(await cookieToken(context)).toBe(linkedToken);
  }
  await expectCompany(page, linked);

  // An invalid link changes nothing that is open.
  const open = await openApplication(`Açık ${unique()}`);
  await context.clearCookies();
  await withOpenApplication(context, baseURL!, open);
  await page.goto("/basla?devam=gecersiz-bir-bag");
  await expect(page.getByText("Devam bağlantısı geçersiz ya da süresi dolmuş")).toBeVisible();
  expect(await cookieToken(context)).toBe(open);
  await context.close();
});
