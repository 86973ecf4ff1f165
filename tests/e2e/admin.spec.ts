import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eSql } from "./helpers/db";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn } from "./helpers/customers";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";
import { pendingOrder } from "./helpers/records";

async function taxIdOf(customerId: string): Promise<string> {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ tax_id: string }[]>`select tax_id from customers where id = ${customerId}`;
    return row!.tax_id;
  } finally {
    await sql.end();
  }
}

async function findByTaxId(admin: Page, taxId: string, companyName: string) {
  await admin.goto("/yonetim/musteriler");
  await admin.getByLabel("Ara").fill(taxId);
  await admin.getByRole("button", { name: "Filtrele" }).click();
  await expect(admin).toHaveURL(new RegExp(`q=${taxId}`));
  await expect(admin.getByText("1 müşteri", { exact: true })).toBeVisible();
  await admin.getByRole("link", { name: companyName }).click();
  await expect(admin.getByRole("heading", { level: 1, name: companyName })).toBeVisible();
}

test("an admin finds a customer by tax number, suspends them with a reason (the customer sees it) and reactivates them", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const taxId = await taxIdOf(customer.customerId);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await findByTaxId(admin, taxId, customer.companyName);

  await admin.getByRole("button", { name: "Askıya al" }).click();
  const dialog = admin.getByRole("alertdialog", { name: `${customer.companyName} askıya alınsın mı?` });
  // A reason too short: the dialog stays open on it, with what to fix and what was typed.
  await dialog.getByLabel("Gerekçe").fill("abc");
  await dialog.getByRole("button", { name: "Askıya al" }).click();
  await expect(dialog.getByText("Gerekçe en az 5 karakter olmalı.")).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Gerekçe")).toBeFocused();
  await expect(dialog.getByLabel("Gerekçe")).toHaveValue("abc");
  await dialog.getByLabel("Gerekçe").fill("Sözleşme dışı ürün gönderimi");
  await dialog.getByRole("button", { name: "Askıya al" }).click();
  await expect(
    admin
      .getByText(`${customer.companyName} askıya alındı. Müşteriye ${customer.email} adresine bilgi e-postası`)
      .first(),
  ).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(admin.getByText("Müşteri askıda: Sözleşme dışı ürün gönderimi.")).toBeVisible();

  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, customer.email, CUSTOMER_PASSWORD);
  await portal.goto("/panel");
  const banner = portal.getByRole("alert").filter({ hasText: "Hesabınız askıya alındı" });
  await expect(banner).toContainText("operasyon ekibimiz tarafından askıya alındı");
  // Nothing is owed: the way out is operations, not the invoices.
  await expect(banner).toContainText("operasyon ekibimizle iletişime geçin");
  await expect(banner.getByRole("link", { name: /Faturalarım/ })).toHaveCount(0);
  // The order form is not offered to be refused after it is filled in: the reason stands in its place.
  await portal.goto("/panel/siparisler");
  await expect(portal.getByLabel("Paket adedi")).toHaveCount(0);
  await expect(portal.getByRole("link", { name: "Yeni sipariş" })).toHaveCount(0);
  await expect(portal.locator("#yeni-siparis")).toContainText(
    "Operasyon ekibimiz hesabınızı askıya aldığı için yeni sipariş oluşturamazsınız.",
  );

  await admin.getByRole("button", { name: "Yeniden etkinleştir" }).click();
  const reactivate = admin.getByRole("alertdialog", { name: `${customer.companyName} yeniden etkinleştirilsin mi?` });
  await reactivate.getByRole("button", { name: "Yeniden etkinleştir" }).click();
  await expect(admin.getByText(`${customer.companyName} yeniden etkinleştirildi.`).first()).toBeVisible();
  await expect(reactivate).toBeHidden();
  await expect(admin.getByRole("alertdialog")).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Askıya al" })).toBeVisible();

  await portal.reload();
  await expect(portal.getByText("Hesabınız askıya alındı")).toHaveCount(0);

  // The customer was told both times: the e-mails are in the log (kept there without a Resend key).
  await admin.goto(`/yonetim/e-postalar?alici=${encodeURIComponent(customer.email)}`);
  const mails = admin.getByRole("row", { name: new RegExp(customer.email) });
  await expect(mails.filter({ hasText: "Hesap askıya alındı (operasyon)" })).toHaveCount(1);
  await expect(mails.filter({ hasText: "Hesap yeniden etkin" })).toHaveCount(1);
});

test("a service type refused for its missing price stays chosen in the open dialog until the price is given", async ({
  page,
}) => {
  const customer = await createCustomerWithUser({ name: `Hizmet Türü ${Date.now()}` });
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/yonetim/musteriler/${customer.customerId}`);
  await page.getByRole("button", { name: "Hizmet türünü değiştir" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Hizmet türü değiştirilsin mi?" });
  await dialog.getByLabel("Hizmet türü").selectOption({ label: "Size özel" });
  await dialog.getByRole("button", { name: "Hizmet türünü değiştir" }).click();
  await expect(dialog.getByText("Size özel hizmet için önce sözleşme fiyatını girin.")).toBeVisible();
  await expect(dialog.getByLabel("Hizmet türü")).toHaveValue("custom");
  await dialog.getByLabel("Sözleşme birim fiyatı").fill("32,50");
  await dialog.getByRole("button", { name: "Hizmet türünü değiştir" }).click();
  await expect(dialog).toBeHidden();
  const contract = page.getByRole("region", { name: "Sözleşme" });
  await expect(contract).toContainText("Size özel");
  await expect(contract).toContainText("₺32,50");
});

test("an admin changes a tier price effective next period and sees both versions", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/yonetim/fiyatlandirma");
  const effective = await page.getByLabel("Yürürlük tarihi").inputValue();
  const [year, month, day] = effective.split("-");

  // A past day is refused before the question (which says the prices will apply), on its field,
  // which takes the focus; once the day is fixed its message goes, even while another field (a
  // price that is no number) keeps the form from being sent again.
  const pastDay = "Yürürlük tarihi bugün ya da daha sonraki bir gün olmalı.";
  await page.getByLabel("Yürürlük tarihi").fill("2020-01-01");
  await page.getByRole("button", { name: "Fiyatları kaydet" }).click();
  await expect(page.getByText(pastDay)).toBeVisible();
  await expect(page.getByRole("alertdialog", { name: "Yeni fiyatlar kaydedilsin mi?" })).toBeHidden();
  await expect(page.getByLabel("Yürürlük tarihi")).toBeFocused();
  await page.getByLabel("Yürürlük tarihi").fill(effective);
  await page.getByLabel("251-500 birim fiyatı").fill("abc");
  // A price that is no number is not asked about: its error shows and the question stays closed.
  await page.getByRole("button", { name: "Fiyatları kaydet" }).click();
  await expect(page.getByLabel("251-500 birim fiyatı")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("251-500 birim fiyatı")).toBeFocused();
  await expect(page.getByRole("alertdialog", { name: "Yeni fiyatlar kaydedilsin mi?" })).toBeHidden();
  await expect(page.getByText(pastDay)).toHaveCount(0);

  await page.getByLabel("251-500 birim fiyatı").fill("33.75");
  await page.getByRole("button", { name: "Fiyatları kaydet" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Yeni fiyatlar kaydedilsin mi?" });
  await dialog.getByRole("button", { name: "Fiyatları kaydet" }).click();
  await expect(
    page.getByText(`Yeni fiyatlar ${day}.${month}.${year} tarihinden itibaren geçerli.`).first(),
  ).toBeVisible();

  const versions = page
    .getByRole("table", { name: "Fiyat sürümleri" })
    .getByRole("row")
    .filter({ hasText: "251-500 paket" });
  await expect(versions).toHaveCount(2);
  await expect(versions.filter({ hasText: "Planlandı" })).toContainText("₺33,75");
  await expect(versions.filter({ hasText: "Planlandı" })).toContainText(`${day}.${month}.${year}`);
  await expect(versions.filter({ hasText: "Geçerli" })).toContainText("₺35,00");
  // Today's table is unchanged until the day comes.
  await expect(page.getByRole("table", { name: "Geçerli kademe fiyatları" })).toContainText("₺35,00");

  // The audit log names the version by its day, as the calendar writes it.
  await page.goto("/yonetim/denetim?tur=pricing");
  await expect(page.getByRole("link", { name: `${day}.${month}.${year}`, exact: true }).first()).toBeVisible();
  await page.goto("/yonetim/fiyatlandirma");

  // Withdrawn again, so the other tests see the seeded prices whatever day they run.
  await page.getByRole("button", { name: "Planlanan değişikliği geri al" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Planlanan değişikliği geri al" }).click();
  await expect(page.getByText("Planlanan fiyat değişikliği geri alındı.").first()).toBeVisible();
  await expect(page.locator(":focus")).toContainText("Planlanan fiyat değişikliği geri alındı.");
  await expect(versions).toHaveCount(1);
  // The form shows the prices the withdrawal left, not the withdrawn ones: saving another tier next
  // would otherwise plan the withdrawn price again.
  await expect(page.getByLabel("251-500 birim fiyatı")).toHaveValue("35,00");
});

test("an admin downloads the filtered customer list as CSV", async ({ page }) => {
  const customer = await createCustomerWithUser();
  const taxId = await taxIdOf(customer.customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/yonetim/musteriler?q=${taxId}&durum=active`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV indir" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^musteriler-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = parse(text, { bom: true, delimiter: ";" });
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain(taxId);
  expect(rows[1]).toContain(customer.companyName);
});

test("the operations pages fit a phone, pass axe, and a wrong customer id is the admin's 404", async ({ page }) => {
  const customer = await createCustomerWithUser();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.setViewportSize(PHONE);
  for (const path of [
    "/yonetim",
    "/yonetim/musteriler",
    "/yonetim/musteriler?q=e2e&durum=active",
    `/yonetim/musteriler/${customer.customerId}`,
    "/yonetim/fiyatlandirma",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  }
  // The charts name themselves and carry their figures.
  await page.goto("/yonetim");
  await expect(page.getByRole("img", { name: /Aylık gelir, son 12 ay/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Günlük paketler, son 30 gün/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /kademeleri/ })).toBeVisible();

  const missing = await page.goto("/yonetim/musteriler/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı" })).toBeVisible();
  expect((await page.goto("/yonetim/musteriler/not-an-id"))?.status()).toBe(404);
});

/**
 * The visible text of a drawing as it reaches the screen: where each label sits and the size its
 * font is drawn at (the CSS font size in the SVG's units times the viewBox's scale).
 */
/** A chart's text as drawn: the SVG's own (scaled with its drawing) and the axis labels beside the plot. */
async function chartLabels(chart: Locator) {
  return chart.locator("svg text, [data-axis-label]").evaluateAll((texts) =>
    texts
      .filter((text) => text.checkVisibility())
      .map((text) => {
        const box = text.getBoundingClientRect();
        const scale = text instanceof SVGGraphicsElement ? (text.getScreenCTM()?.a ?? 1) : 1;
        return {
          text: text.textContent ?? "",
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          fontSize: parseFloat(getComputedStyle(text).fontSize) * scale,
        };
      }),
  );
}

test("the dashboard's charts keep their labels readable and apart, and each bar, day or slice leads to its list", async ({
  page,
}) => {
  // Figures to draw: an active customer (a slice of the tier ring) with an order today (packages today).
  await pendingOrder((await createCustomerWithUser()).customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  const charts = {
    revenue: page.getByRole("figure", { name: /Aylık gelir, son 12 ay/ }),
    packages: page.getByRole("figure", { name: /Günlük paketler, son 30 gün/ }),
    tiers: page.getByRole("figure", { name: /kademeleri/ }),
  };
  // The smallest phone, a common one, a 1024 px screen (two charts side by side, each as narrow as on
  // the phone), a desktop.
  for (const viewport of [
    { width: 320, height: 640 },
    PHONE,
    { width: 1024, height: 800 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/yonetim");
    for (const chart of Object.values(charts)) {
      const labels = await chartLabels(chart);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const label of labels) {
        expect(label.fontSize, `"${label.text}" at ${viewport.width} px`).toBeGreaterThanOrEqual(12);
      }
      // No two labels drawn over each other ("AraOcaŞub").
      for (const [index, a] of labels.entries()) {
        for (const b of labels.slice(index + 1)) {
          const apart =
            a.box.right <= b.box.left + 0.5 ||
            b.box.right <= a.box.left + 0.5 ||
            a.box.bottom <= b.box.top + 0.5 ||
            b.box.bottom <= a.box.top + 0.5;
          expect(apart, `"${a.text}" and "${b.text}" overlap at ${viewport.width} px`).toBe(true);
        }
      }
    }
    // The bar and area charts' drawing spans its card but for the value labels beside it (the revenue
    // chart stopped at 576 px in its 910 px wide card at 1280 px).
    for (const chart of [charts.revenue, charts.packages]) {
      const [drawing, figure] = [await chart.getByRole("img").boundingBox(), await chart.boundingBox()];
      expect(drawing!.width, `${figure!.width} px wide chart at ${viewport.width} px`).toBeGreaterThanOrEqual(
        figure!.width - 80,
      );
    }
  }

  // Each bar, day and slice links where its row in the data table does. Those rows are the keyboard's
  // and screen readers' way (the drawing is one image to them, with nothing inside to focus): the
  // drawing's links are neither a tab stop nor read. (The tables sit in closed disclosures: hidden,
  // so found by their markup, not their role.)
  const rows = await page
    .locator("figure table a")
    .evaluateAll((links) => links.map((link) => `${link.textContent} → ${link.getAttribute("href")}`));
  const marks = (chart: Locator) =>
    chart
      .locator("svg a")
      .evaluateAll((links) =>
        links.map(
          (link) => `${link.querySelector("title")?.textContent?.split(": ")[0]} → ${link.getAttribute("href")}`,
        ),
      );
  expect(await marks(charts.revenue)).toHaveLength(12);
  expect(await marks(charts.packages)).toHaveLength(30);
  expect((await marks(charts.tiers)).length).toBeGreaterThan(0);
  for (const chart of Object.values(charts)) {
    for (const mark of await marks(chart)) expect(rows).toContain(mark);
    for (const link of await chart.locator("svg a").all()) await expect(link).toHaveAttribute("tabindex", "-1");
    await expect(chart.getByRole("img").locator("a")).toHaveCount(0);
  }
  await expect(charts.revenue.getByRole("link")).toHaveCount(0);
  await expect(charts.packages.getByRole("link")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Under the pointer a day's strip is tinted and its point shows (their classes: app/globals.css).
  const lastDay = charts.packages.locator("svg a").last();
  const look = () =>
    lastDay.evaluate((link) => ({
      strip: getComputedStyle(link.querySelector("rect")!).fill,
      point: getComputedStyle(link.querySelector("line")!).opacity,
    }));
  expect(await look()).toEqual({ strip: "rgba(0, 0, 0, 0)", point: "0" });
  await lastDay.hover();
  const lit = await look();
  expect(lit.strip).not.toBe("rgba(0, 0, 0, 0)");
  expect(lit.point).toBe("1");

  await page.setViewportSize(PHONE);
  await page.goto("/yonetim");
  // Each figure's card names it with a chevron (drawn by CSS, a 16 px mask) and links to its list.
  const card = page.getByRole("main").getByRole("link", { name: /^Paketler/ });
  await expect(card).toHaveAttribute("href", /\/yonetim\/siparisler\?/);
  expect(
    await card
      .locator("span")
      .first()
      .evaluate((label) => {
        const chevron = getComputedStyle(label, "::after");
        return { width: chevron.width, mask: chevron.maskImage.startsWith('url("data:image/svg+xml') };
      }),
  ).toEqual({ width: "16px", mask: true });
  const thisMonth = await charts.revenue.locator("svg a").last().getAttribute("href");
  await charts.revenue.locator("svg a").last().click();
  await expect(page).toHaveURL(thisMonth!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  const today = await charts.packages.locator("svg a").last().getAttribute("href");
  await charts.packages.locator("svg a").last().click();
  await expect(page).toHaveURL(today!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the overview's order and package figures lead to the list of the period's orders, which shows both", async ({
  page,
}) => {
  const customer = await createCustomerWithUser();
  await pendingOrder(customer.customerId);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/yonetim");
  const card = (label: string) => page.getByRole("link", { name: new RegExp(`^${label}`) });
  const figure = async (label: string) => (await card(label).locator("span").nth(1).textContent())?.trim();
  const [orders, packages] = [await figure("Siparişler"), await figure("Paketler")];
  expect(Number(packages?.replace(/\./g, ""))).toBeGreaterThanOrEqual(40);

  await card("Paketler").click();
  await expect(page).toHaveURL(/\/yonetim\/siparisler\?(?=.*baslangic=\d{4}-\d{2}-\d{2})(?=.*bitis=\d{4}-\d{2}-\d{2})/);
  await expect(page.getByTestId("toplam-siparis")).toHaveText(orders!);
  await expect(page.getByTestId("toplam-paket")).toHaveText(packages!);
  await expect(page.getByText("Paket (iptal edilenler hariç):")).toBeVisible();

  // Any other filter has no package total: the list counts its rows.
  await page.goto("/yonetim/siparisler?durum=pending");
  await expect(page.getByTestId("toplam-paket")).toHaveCount(0);
});

test("the overview warns of a billing run that stopped and leads to the runs, which say why", async ({ page }) => {
  const sql = e2eSql();
  await sql`insert into billing_runs (period_start, period_end, status, invoice_count, error, finished_at)
    values ('2019-01-15T00:00:00+03:00', '2019-02-15T00:00:00+03:00', 'failed', 3, 'Veritabanı bağlantısı koptu.', now())`;
  try {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto("/yonetim");
    const notice = page
      .getByRole("status")
      .filter({ hasText: "15.01.2019 – 15.02.2019 döneminin faturalandırması yarıda kaldı" });
    await expect(notice).toContainText("3 fatura kesildikten sonra durdu. Dönemi yeniden faturalandırabilirsiniz");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await notice.getByRole("link", { name: "Son faturalandırmalar" }).click();
    await expect(page).toHaveURL(/\/yonetim\/faturalar#faturalandirmalar$/);
    const listed = page.getByTestId("faturalandirma").filter({ hasText: "15.01.2019 – 15.02.2019 dönemi" });
    await expect(listed).toContainText("Yarıda kaldı");
    await expect(listed).toContainText("Neden: Veritabanı bağlantısı koptu.");
    await expect(listed).toContainText("Başlatan: Sistem");

    // Billed again in full, the period drops out of the overview's warnings.
    await sql`insert into billing_runs (period_start, period_end, status, invoice_count, finished_at)
      values ('2019-01-15T00:00:00+03:00', '2019-02-15T00:00:00+03:00', 'completed', 0, now())`;
    await page.goto("/yonetim");
    await expect(page.getByText("15.01.2019 – 15.02.2019 döneminin faturalandırması yarıda kaldı")).toHaveCount(0);
  } finally {
    await sql`delete from billing_runs where period_start = '2019-01-15T00:00:00+03:00'`;
    await sql.end();
  }
});

test("the customer list sorts by its column headers, and filtering keeps the order", async ({ page }) => {
  const newest = await createCustomerWithUser({ name: `Yeni Kayıt ${Date.now()}` });
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/yonetim/musteriler");
  const registered = page.getByRole("columnheader", { name: /Kayıt/ });
  await expect(registered).toHaveAttribute("aria-sort", "none");
  await registered.getByRole("link").click();
  await expect(page).toHaveURL(/sirala=kayit&yon=azalan/);
  await expect(registered).toHaveAttribute("aria-sort", "descending");
  // Newest first, the customer just created is on the first page (the order itself: admin-customer-list.test.ts).
  await expect(page.getByRole("link", { name: newest.companyName })).toBeVisible();

  await page.getByLabel("Durum").selectOption({ label: "Etkin" });
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(/durum=active/);
  await expect(page).toHaveURL(/sirala=kayit&yon=azalan/);
  await expect(page.getByRole("link", { name: newest.companyName })).toBeVisible();
});

test("a list's filter fields show the list's state after Temizle, Back and the menu link", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/yonetim/musteriler");
  const search = page.getByRole("searchbox", { name: "Ara" });
  const status = page.getByLabel("Durum");
  await search.fill("kozmetik");
  await status.selectOption({ label: "Etkin" });
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(/durum=active/);

  // In-app navigation to the same list: the fields must not keep the filters the list no longer has.
  await page.getByRole("link", { name: "Temizle", exact: true }).click();
  await expect(page).toHaveURL(/\/yonetim\/musteriler$/);
  await expect(status).toHaveValue("");
  await expect(search).toHaveValue("");

  await page.goBack();
  await expect(page).toHaveURL(/durum=active/);
  await expect(status).toHaveValue("active");
  await expect(search).toHaveValue("kozmetik");

  await page.getByRole("navigation", { name: "Yönetim menüsü" }).getByRole("link", { name: "Müşteriler" }).click();
  await expect(page).toHaveURL(/\/yonetim\/musteriler$/);
  await expect(status).toHaveValue("");

  // A search too short to use is shown in its field and said, yet filters nothing: Temizle, to the
  // same unfiltered list, still empties the field.
  await search.fill("ab");
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(/q=ab/);
  const notice = page.getByRole("search", { name: "Müşteri filtreleri" }).getByRole("status");
  await expect(notice).toHaveText("“ab” en az 3 harflik bir kelime içermiyor; arama filtresi uygulanmadı.");
  await expect(search).toHaveValue("ab");
  await page.getByRole("link", { name: "Temizle", exact: true }).click();
  await expect(page).toHaveURL(/\/yonetim\/musteriler$/);
  await expect(notice).toHaveCount(0);
  await expect(search).toHaveValue("");

  // A search with an invisible character in its address is said as such, not as too short.
  await page.goto("/yonetim/musteriler?q=abc%07");
  await expect(notice).toHaveText(
    "“abc\uFFFD” görünmez bir karakter (kontrol ya da yazı yönü karakteri) içeriyor; arama filtresi uygulanmadı.",
  );
});

test("a list asks the server for no page before a link is followed, and its links still open pages in the app", async ({
  page,
}) => {
  const customer = await createCustomerWithUser({ name: `Önceden Yüklenmez ${Date.now()}` });
  await signIn(page, ADMIN.email, ADMIN.password);
  // Every page behind a link here is rendered per request (signed in, read from the database): a
  // prefetch would render it, or at least its frame and session check, for a link nobody follows.
  const prefetches: string[] = [];
  const pageLoads: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    else if (request.isNavigationRequest()) pageLoads.push(request.url());
  });
  await page.goto(`/yonetim/musteriler?q=${encodeURIComponent(customer.companyName)}`);
  const row = page.getByRole("link", { name: customer.companyName });
  await expect(row).toBeVisible();
  await row.hover();
  // Prefetching starts when links come into view or are hovered: wait until the page is quiet.
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  pageLoads.length = 0;
  await row.click();
  await expect(page.getByRole("heading", { level: 1, name: customer.companyName })).toBeVisible();
  // Opened by the client-side router (one RSC request), not by loading a new document.
  expect(pageLoads).toEqual([]);
  expect(prefetches).toEqual([]);
});

// Lists, a customer's short lists and the overview draw plain links (one client component per list,
// not a `Link` per row): each still opens its page in the app, and a modified click is the browser's.
test("plain links in lists, short lists and the overview open in the app; Ctrl or ⌘ opens a new tab", async ({
  page,
}) => {
  const customer = await createCustomerWithUser({ name: `Düz Bağlantı ${Date.now()}` });
  await signIn(page, ADMIN.email, ADMIN.password);
  const pageLoads: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) pageLoads.push(request.url());
  });
  // A document load would drop this; the client-side router keeps it.
  const marked = () => page.evaluate(() => (window as { __stayed?: boolean }).__stayed === true);
  await page.goto(`/yonetim/musteriler?q=${encodeURIComponent(customer.companyName)}`);
  await page.evaluate(() => ((window as { __stayed?: boolean }).__stayed = true));
  pageLoads.length = 0;

  // A sort header of the table.
  await page.getByRole("columnheader", { name: /Kayıt/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sirala=kayit/);
  await expect(page.getByRole("columnheader", { name: /Kayıt/ })).toHaveAttribute("aria-sort", /ascending|descending/);

  // Ctrl (⌘ on a Mac) and a row: a new tab with the customer, this list left as it was.
  const row = page.getByRole("link", { name: customer.companyName });
  const [tab] = await Promise.all([page.context().waitForEvent("page"), row.click({ modifiers: ["ControlOrMeta"] })]);
  await expect(tab).toHaveURL(new RegExp(`/yonetim/musteriler/${customer.customerId}$`));
  await tab.close();
  await expect(page).toHaveURL(/sirala=kayit/);

  // The row itself, then a short list's link on the customer's page.
  await row.click();
  await expect(page.getByRole("heading", { level: 1, name: customer.companyName })).toBeVisible();
  await page.getByRole("region", { name: "Son faturalar" }).getByRole("link", { name: "Tümünü gör" }).click();
  await expect(page).toHaveURL(new RegExp(`/yonetim/faturalar\\?musteri=${customer.customerId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Faturalar" })).toBeVisible();

  // The overview through the menu, then a figure card.
  await page.getByRole("navigation", { name: /menü/i }).getByRole("link", { name: "Özet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yönetim paneli" })).toBeVisible();
  await page.getByRole("main").locator("a.figure-card").filter({ hasText: "Dönemde oluşturulan" }).click();
  await expect(page).toHaveURL(/\/yonetim\/siparisler/);
  await expect(page.getByRole("heading", { level: 1, name: "Siparişler" })).toBeVisible();

  expect(pageLoads).toEqual([]);
  expect(await marked()).toBe(true);
});
