// Temporary: screenshots of the public pages (not committed).
import { chromium } from "@playwright/test";
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const pages = [["landing", "/"], ["hesapla", "/?hacim=251-500#hesapla"], ["teklif-al", "/teklif-al"], ["basla", "/basla"], ["kvkk", "/kvkk"]];
for (const width of [1280, 360]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "tr-TR" });
  const page = await context.newPage();
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/h11public/${name}-${width}.png`, fullPage: true });
  }
  // quote form refused, then sent
  await page.goto(base + "/teklif-al");
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await page.waitForTimeout(700);
  await page.screenshot({ path: `/tmp/shots/h11public/teklif-al-hata-${width}.png`, fullPage: false });
  await page.getByLabel("Firma adı").fill("Ekran Ltd");
  await page.getByLabel("Yetkili adı").fill("Can Demir");
  await page.getByLabel("E-posta").fill(`ekran-${width}-${Date.now()}@e2e.test`);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.getByLabel("Aylık sipariş adedi").selectOption("101-250");
  await page.getByRole("group", { name: "Ürün türleri" }).getByLabel("Kitap").check();
  await page.getByRole("button", { name: "Teklif iste" }).click();
  await page.getByRole("heading", { name: "Teklif talebiniz alındı" }).waitFor();
  await page.screenshot({ path: `/tmp/shots/h11public/teklif-alindi-${width}.png`, fullPage: true });
  // wizard
  await page.goto(base + "/basla");
  await page.getByLabel("Firma adı").fill("Ekran Butik");
  await page.getByLabel("Vergi numarası").fill(width === 360 ? "4540536920" : "9876543217");
  await page.getByLabel("Vergi dairesi").fill("Kadıköy");
  await page.getByLabel("Yetkili kişi").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(`sihirbaz-${width}-${Date.now()}@e2e.test`);
  await page.getByLabel("Telefon").fill("0532 123 45 67");
  await page.screenshot({ path: `/tmp/shots/h11public/basla-1-${width}.png`, fullPage: true });
  await page.getByRole("button", { name: "İleri" }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/h11public/basla-2-${width}.png`, fullPage: true });
  const premium = page.getByRole("radio", { name: /^Premium/ });
  if (await premium.count()) {
    await premium.check();
    await page.getByLabel("Giyim").check();
    await page.getByRole("button", { name: "İleri" }).click();
    await page.waitForTimeout(1500);
    await page.getByLabel("Entegrasyon yok").check();
    await page.getByRole("button", { name: "İleri" }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/h11public/basla-4-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
