/**
 * Draws the site's icons and social preview image from app/icon.svg with the Chromium the tests use,
 * and writes them where Next.js and browsers look for them. Run after changing the mark:
 *   npx tsx scripts/brand-assets.ts
 * The outputs are committed; nothing runs this at build time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import pngToIco from "png-to-ico";

const mark = readFileSync("app/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage();

async function render(html: string, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
}

const icon = (size: number) => render(mark.replace("<svg ", `<svg width="${size}" height="${size}" `), size, size);

// Maskable: the launcher crops to its own shape, so the drawing keeps to the middle 70 % on full green.
const maskable = (size: number) =>
  render(
    `<div style="width:${size}px;height:${size}px;background:#17613c;display:grid;place-items:center">${mark
      .replace("<svg ", `<svg width="${Math.round(size * 0.7)}" height="${Math.round(size * 0.7)}" `)
      .replace('rx="14"', 'rx="0"')}</div>`,
    size,
    size,
  );

const social = () =>
  render(
    `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px 88px;background:#fafaf9;font-family:'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between;border-bottom:24px solid #17613c">
    <div style="display:flex;align-items:center;gap:24px">${mark.replace("<svg ", '<svg width="96" height="96" ')}
      <span style="font-size:44px;font-weight:700;color:#124d30">Çardak Paketleme</span></div>
    <div style="font-size:68px;font-weight:700;line-height:1.15;color:#1c1917;max-width:980px">E-ticaret siparişleriniz, özenle paketlenmiş.</div>
    <div style="font-size:32px;color:#57534e">Paket başına şeffaf fiyat · 24 saatte paketleme · Aylık fatura</div>
  </div>`,
    1200,
    630,
  );

// One page draws them one after the other.
const icon16 = await icon(16);
const icon32 = await icon(32);
const icon48 = await icon(48);
const apple = await maskable(180); // iOS rounds the corners itself and shows transparency as black
const icon192 = await icon(192);
const icon512 = await icon(512);
const maskable512 = await maskable(512);
const og = await social();
await browser.close();

writeFileSync("app/favicon.ico", await pngToIco([icon16, icon32, icon48]));
writeFileSync("app/apple-icon.png", apple);
writeFileSync("public/icon-192.png", icon192);
writeFileSync("public/icon-512.png", icon512);
writeFileSync("public/icon-maskable-512.png", maskable512);
writeFileSync("app/opengraph-image.png", og);
console.log("Icons and the social preview image written.");
