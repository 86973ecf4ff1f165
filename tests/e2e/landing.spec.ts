import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eSql } from "./helpers/db";

const seeded = [
  ["0-100", "₺45,00", "₺1.500,00"],
  ["101-250", "₺40,00", "–"],
  ["251-500", "₺35,00", "–"],
  ["501-750", "₺32,00", "–"],
  ["751-1000", "₺29,00", "–"],
  ["1000+", "₺26,00", "–"],
];

test("the landing page shows the six tiers with the seeded prices", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: /Aylık paket adedine göre fiyatlar/ });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(6);
  for (const [index, [range, price, storage]] of seeded.entries()) {
    const cells = rows.nth(index);
    await expect(cells.getByRole("rowheader")).toHaveText(range!);
    await expect(cells.getByRole("cell").nth(0)).toHaveText(price!);
    await expect(cells.getByRole("cell").nth(1)).toHaveText(storage!);
  }
  await expect(page.getByRole("link", { name: "Teklif al" }).first()).toHaveAttribute("href", "/teklif-al");
  await expect(page.getByRole("navigation", { name: "Ana menü" }).getByRole("link")).toHaveText([
    "Fiyatlandırma",
    "Teklif al",
    "Başla",
    "Giriş",
  ]);
});

// `/` is a file prerendered from the cached tier table, not a database read per visit: a price
// written behind the app's back waits for the cache to lapse (5 minutes); the pricing actions expire
// it at once (tests/integration/landing-cache.test.ts).
test("the landing page's prices come from the cache, not from a database read per visit", async ({ page, request }) => {
  // A fresh copy, so no background renewal (every 5 minutes) happens during the test.
  await expect.poll(async () => (await request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
  await page.goto("/");
  const row = page.locator('tbody tr[data-tier="101-250"]');
  await expect(row.getByRole("cell").first()).toHaveText("₺40,00");
  const sql = e2eSql();
  try {
    await sql`insert into pricing_tiers (range, min_volume, max_volume, unit_price, storage_charge, features, effective_from)
              values ('101-250', 101, 250, 4150, 0, '[]', now() - interval '1 second')`;
    await page.reload();
    await expect(row.getByRole("cell").first()).toHaveText("₺40,00");
  } finally {
    await sql`delete from pricing_tiers where range = '101-250' and unit_price = 4150`;
    await sql.end();
  }
});

test("the calculator gives the unit price and monthly estimate for 251-500", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Aylık sipariş adedi").selectOption("251-500");
  const result = page.getByTestId("hesap-sonucu");
  await expect(result).toContainText("₺35,00");
  await expect(result).toContainText("₺13.125,00");
  await expect(page).toHaveURL(/hacim=251-500/);
});

test("the calculator works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Aylık sipariş adedi").selectOption("0-100");
  await page.getByRole("button", { name: "Hesapla" }).click();
  await expect(page.getByTestId("hesap-sonucu")).toContainText("₺45,00");
  await expect(page.getByTestId("hesap-sonucu")).toContainText("₺3.750,00");
  await context.close();
});

test("the page fits a 360 px screen and starts with a skip link for keyboard users", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "İçeriğe atla" })).toBeFocused();
});

test("on a 360 px screen every tier shows each column's label and figure, nothing scrolled out of sight", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const rows = page.getByRole("region", { name: "Fiyat tablosu" }).locator("tbody tr");
  await expect(rows).toHaveCount(6);
  for (const [index, [range, price, storage]] of seeded.entries()) {
    const shown = await rows.nth(index).evaluate((row) =>
      [...row.children].map((cell) => {
        const box = cell.getBoundingClientRect();
        const label = getComputedStyle(cell, "::before").content;
        return {
          label: label === "none" || label === "normal" ? "" : label.replace(/^"|"$/g, ""),
          text: (cell.firstChild?.nodeName === "UL" ? cell.querySelector("li")?.textContent : cell.textContent) ?? "",
          inside: box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth,
        };
      }),
    );
    expect(shown).toEqual([
      { label: "", text: range, inside: true },
      { label: "Paket başı fiyat", text: price, inside: true },
      { label: "Aylık depolama", text: storage, inside: true },
      { label: "Özellikler", text: expect.stringMatching(/\S/), inside: true },
    ]);
  }
  const frame = page.getByRole("region", { name: "Fiyat tablosu" });
  expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
});

test("an unknown path shows the Turkish not-found page", async ({ page }) => {
  const response = await page.goto("/olmayan-sayfa");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sayfa bulunamadı" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
});

test("/api/health answers 200", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a start with a malformed DATABASE_URL exits with one line naming it", async () => {
  const child = spawn(process.execPath, ["server.mjs", "--port", "0"], {
    env: { ...process.env, DATABASE_URL: "postgres//not-a-url" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const lines = stderr.trim().split("\n").filter(Boolean);
  expect(code).not.toBe(0);
  expect(lines).toEqual([expect.stringContaining("DATABASE_URL")]);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
});

test("a production start without APP_URL exits with one line naming it", async () => {
  const child = spawn(process.execPath, ["server.mjs", "--port", "0"], {
    env: { ...process.env, APP_URL: undefined },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A server that starts anyway (with localhost links in its e-mails) is stopped after 20 s.
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, 20_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).not.toBeNull();
  expect(code).not.toBe(0);
  expect(stderr.trim().split("\n").filter(Boolean)).toEqual([
    expect.stringContaining("APP_URL is required in production"),
  ]);
});
