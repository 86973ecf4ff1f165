import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signInAsAdmin } from "./helpers/auth";
import { e2eSql } from "./helpers/db";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations } from "./helpers/page-checks";

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e4)}`;

function orderStatusData(orderNumber: string) {
  return {
    name: "Ayşe Yılmaz",
    orderNumber,
    statusLabel: "Tamamlandı",
    packageCount: 40,
    changedAt: "25.11.2026 14:05",
    note: "Kargoya verildi",
    orderUrl: "http://localhost:3000/panel/siparisler/00000000-0000-4000-8000-000000000001",
  };
}

/** A stored e-mail and a failed one to the same new address, straight in the e-mail log. */
async function insertEmails(recipient: string, orderNumber: string) {
  const sql = e2eSql();
  try {
    const data = orderStatusData(orderNumber);
    const [stored] = await sql<{ id: string }[]>`
      insert into emails (recipient, template, data, subject, status)
      values (${recipient}, 'order-status', ${sql.json(data)}, ${`${orderNumber} numaralı siparişiniz: Tamamlandı`}, 'stored')
      returning id`;
    const [failed] = await sql<{ id: string }[]>`
      insert into emails (recipient, template, data, subject, status, attempts, last_error)
      values (${recipient}, 'order-status', ${sql.json({ ...data, orderNumber: `${orderNumber}-2` })},
              ${`${orderNumber}-2 numaralı siparişiniz: Tamamlandı`}, 'failed', 6, 'Sağlayıcı yanıt vermedi')
      returning id`;
    return { storedId: stored!.id, failedId: failed!.id };
  } finally {
    await sql.end();
  }
}

/** Three changes of one order and one of another, with before and after. */
async function insertAudits(orderId: string) {
  const sql = e2eSql();
  try {
    const rows = [
      { action: "order.created", entity: orderId, before: null, after: { status: "pending", packageCount: 40 } },
      {
        action: "order.status_changed",
        entity: orderId,
        before: { status: "pending" },
        after: { status: "processing" },
      },
      {
        action: "order.status_changed",
        entity: orderId,
        before: { status: "processing", note: null },
        // A long note and a stored amount: the side-by-side values must fit the page at 1280 px.
        after: { status: "completed", note: "Müşteri aradı; paketler kargoya verildi. ".repeat(4), unitPrice: 3250 },
      },
      { action: "order.status_changed", entity: randomUUID(), before: { status: "pending" }, after: { status: "x" } },
    ];
    for (const [index, row] of rows.entries()) {
      // The third row's actor reads like a formula: the CSV must hand it over as text.
      const actor = index === 2 ? "=HACK()" : "operasyon@e2e.test";
      await sql`insert into audit_logs (actor_label, action, entity_type, entity_id, before, after, ip_address, created_at)
        values (${actor}, ${row.action}, 'order', ${row.entity},
                ${row.before ? sql.json(row.before) : null}, ${sql.json(row.after)}, '203.0.113.9',
                ${new Date(Date.now() - (10 - index) * 60_000)})`;
    }
  } finally {
    await sql.end();
  }
}

/** The stored e-mail's preview: the e-mail's own markup in a sandboxed frame, not the admin's page. */
const EMAIL_FRAME = 'iframe[title="E-postanın görünümü"]';

async function checkPage(page: Page) {
  await expectNoSeriousA11yViolations(page, { exclude: [EMAIL_FRAME] });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin reads a stored e-mail, sends a failed one again and downloads the filtered e-mail log", async ({
  page,
}) => {
  const recipient = `okur-${unique()}@e2e.test`;
  const orderNumber = `SP-2026-${unique().slice(-6)}`;
  const { failedId } = await insertEmails(recipient, orderNumber);
  await signInAsAdmin(page);

  await page.goto("/yonetim/e-postalar");
  await page.getByLabel("Alıcı").fill(recipient);
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(/alici=/);
  await expect(page.getByText("2 e-posta")).toBeVisible();
  await checkPage(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV indir" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^e-postalar-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = await readFile((await file.path())!, "utf8");
  expect(body.startsWith("\uFEFF")).toBe(true);
  const rows = parse(body.slice(1), { delimiter: ";" }) as string[][];
  expect(rows[0]).toEqual(["Tarih", "Alıcı", "Şablon", "Konu", "Durum", "Deneme", "Gönderilme", "Hata"]);
  expect(rows.slice(1).map((row) => [row[1], row[4]])).toEqual([
    [recipient, "Başarısız"],
    [recipient, "Saklandı"],
  ]);

  await page.getByRole("link", { name: `${orderNumber} numaralı siparişiniz: Tamamlandı` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${orderNumber} numaralı siparişiniz: Tamamlandı`);
  const frame = page.frameLocator(EMAIL_FRAME);
  await expect(frame.getByText("Not: Kargoya verildi")).toBeVisible();
  await expect(page.locator("iframe")).toHaveAttribute("sandbox", "");
  await expect(page.getByRole("button", { name: "Yeniden gönder" })).toHaveCount(0);
  await checkPage(page);

  await page.goto(`/yonetim/e-postalar/${failedId}`);
  await expect(page.getByText("Sağlayıcı yanıt vermedi")).toBeVisible();
  await page.getByRole("button", { name: "Yeniden gönder" }).click();
  const dialog = page.getByRole("alertdialog", { name: "E-posta yeniden gönderilsin mi?" });
  await expect(dialog).toBeVisible();
  await checkPage(page);
  await dialog.getByRole("button", { name: "Yeniden gönder" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `${recipient} adresine yeniden gönderiliyor` })
      .first(),
  ).toBeVisible();
  // Without a Resend key the e-mail is delivered into the log: it is no longer failed.
  await page.reload();
  await expect(page.getByText("Başarısız")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Yeniden gönder" })).toHaveCount(0);
});

test("an e-mail still waiting to be sent shows no secret link to operations", async ({ page }) => {
  const resetUrl = `http://localhost:3000/sifre-sifirla/${"a1".repeat(32)}`;
  const sql = e2eSql();
  const [queued] = await sql<{ id: string }[]>`
    insert into emails (recipient, template, data, subject, status, attempts, last_error, requeue_after)
    values (${`sifre-${unique()}@e2e.test`}, 'password-reset',
            ${sql.json({ name: "Ayşe Yılmaz", resetUrl, expiresInMinutes: 60 })},
            'Şifre sıfırlama bağlantınız', 'queued', 1, 'Sağlayıcı geçici olarak yanıt vermedi', now() + interval '1 day')
    returning id`;
  await sql.end();
  await signInAsAdmin(page);
  const response = await page.goto(`/yonetim/e-postalar/${queued!.id}`);
  expect(await response!.text()).not.toContain(resetUrl);
  await expect(page.getByText("Sağlayıcı geçici olarak yanıt vermedi")).toBeVisible();
  await expect(page.getByText(/gönderilmeyi bekliyor; içindeki kişisel bağlantı/)).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("an admin filters the audit log, reads before and after, and downloads exactly the filtered rows", async ({
  page,
}) => {
  const orderId = randomUUID();
  await insertAudits(orderId);
  await signInAsAdmin(page);

  await page.goto("/yonetim/denetim");
  await page.getByLabel("Kayıt türü").selectOption({ label: "Sipariş" });
  await page.getByLabel("Kayıt no").fill(orderId);
  await page.getByLabel("İşlem").selectOption({ label: "Sipariş durumu değişti" });
  await page.getByRole("button", { name: "Filtrele" }).click();
  await expect(page).toHaveURL(new RegExp(`kayit=${orderId}`));
  await expect(page.getByText("2 kayıt")).toBeVisible();
  const table = page.getByRole("table", { name: "Denetim kaydı" });
  await expect(table.getByRole("row")).toHaveCount(3);
  // In Turkish: the action, the fields, an order's statuses and the amount as the app writes them.
  await expect(table.getByRole("link", { name: "Sipariş durumu değişti" })).toHaveCount(2);
  await expect(table.getByRole("term").filter({ hasText: "Durum" })).toHaveCount(2);
  await expect(table.getByRole("term").filter({ hasText: "Birim fiyat" })).toBeVisible();
  for (const text of ["İşleniyor", "Tamamlandı", "₺32,50", "IP 203.0.113.9"]) await expect(table).toContainText(text);
  await expect(table).not.toContainText("processing");
  // All of it in view at 1280 px: neither the page nor the table's own box scrolls sideways.
  const box = table.locator("xpath=..");
  expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await checkPage(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV indir" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^denetim-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = await readFile((await file.path())!, "utf8");
  const rows = parse(body.slice(1), { delimiter: ";" }) as string[][];
  expect(rows).toHaveLength(3);
  expect(rows.slice(1).every((row) => row[4] === orderId && row[2] === "order.status_changed")).toBe(true);
  // Newest first; the actor that reads like a formula reaches the spreadsheet as text.
  expect(rows[1]![1]).toBe("'=HACK()");
  expect(JSON.parse(rows[1]![7]!)).toMatchObject({ status: "completed", unitPrice: 3250 });

  // One click on a value narrows the log to it: every change of this order.
  await page.goto(`/yonetim/denetim?tur=order&kayit=${orderId}`);
  await expect(page.getByText("3 kayıt")).toBeVisible();
});

test("the audit log names a quote's, an invoice's and a payment's fields in Turkish, every column in view at 1280 and 360 px", async ({
  page,
}) => {
  const quoteId = randomUUID();
  const sql = e2eSql();
  try {
    const [admin] = await sql<{ id: string }[]>`select id from users where role = 'admin' order by created_at limit 1`;
    const actor = "muhasebe.departmani.yetkilisi@anadolukozmetiksanayi.com.tr";
    const rows = [
      {
        action: "quote.accepted",
        entity: "quote",
        before: { status: "quoted" },
        after: { status: "accepted", acceptedUnitPrice: 3350, respondedAt: "2026-11-27T08:05:00.000Z" },
      },
      {
        action: "quote.reviewed",
        entity: "quote",
        before: { status: "pending" },
        after: { status: "reviewed", reviewedBy: admin!.id, reviewedAt: "2026-11-26T07:00:00.000Z" },
      },
      {
        action: "invoice.sent",
        entity: "invoice",
        before: { status: "draft" },
        after: { status: "sent", total: 804000, dueAt: "2026-12-04T20:59:59.000Z", provider: "iyzico" },
      },
      {
        action: "payment.succeeded",
        entity: "payment",
        before: { status: "pending" },
        after: { status: "succeeded", cardAssociation: "MASTER_CARD", cardLastFour: "0008" },
      },
    ];
    for (const [index, row] of rows.entries()) {
      await sql`insert into audit_logs (actor_user_id, actor_label, action, entity_type, entity_id, before, after, ip_address, created_at)
        values (${admin!.id}, ${actor}, ${row.action}, ${row.entity}, ${quoteId},
                ${sql.json(row.before)}, ${sql.json(row.after)}, '203.0.113.9',
                ${new Date(Date.now() - (10 - index) * 60_000)})`;
    }
  } finally {
    await sql.end();
  }
  await signInAsAdmin(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/yonetim/denetim?kayit=${quoteId}`);
  const table = page.getByRole("table", { name: "Denetim kaydı" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await page.screenshot({ path: "test-results/denetim-1280.png", fullPage: true });
  // The last column is in view: the table's box does not scroll sideways.
  const box = table.locator("xpath=..");
  expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  for (const text of [
    "Kabul edilen birim fiyat",
    "₺33,50",
    "Yanıt zamanı",
    "27.11.2026 11:05",
    "Toplam",
    "₺8.040,00",
    "Son ödeme zamanı",
    "04.12.2026 23:59",
    "Ödeme kanalı",
    "Kart ağı",
    "Mastercard",
    "İnceleyen",
  ]) {
    await expect(table).toContainText(text);
  }
  for (const raw of ["acceptedUnitPrice", "respondedAt", "3350", "804000", "dueAt", "provider", "cardAssociation"]) {
    await expect(table).not.toContainText(raw);
  }
  await expect(table.getByRole("term").filter({ hasText: "İnceleyen" })).toHaveCount(1);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/denetim-360.png", fullPage: true });
});

test("an admin switches an operations alert off and on again", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/yonetim/e-postalar");
  await page.getByRole("link", { name: "Operasyon uyarıları" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Operasyon uyarıları");
  const box = page.getByRole("checkbox", { name: "Yeni sipariş" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Kaydet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uyarı ayarları kaydedildi." }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Yeni sipariş" })).not.toBeChecked();
  await checkPage(page);
  await page.getByRole("checkbox", { name: "Yeni sipariş" }).check();
  await page.getByRole("button", { name: "Kaydet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uyarı ayarları kaydedildi." }).first()).toBeVisible();
});

test("a filter the list cannot apply as given is said where the filters are", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/yonetim/e-postalar?alici=ay");
  const search = page.getByRole("search", { name: "E-posta filtreleri" });
  await expect(search.getByRole("status")).toHaveText("“ay” 3 karakterden kısa; alıcı filtresi uygulanmadı.");
  await expect(search.getByRole("searchbox", { name: "Alıcı" })).toHaveValue("ay");

  await page.goto("/yonetim/denetim?baslangic=2026-02-01&bitis=2026-01-01");
  await expect(page.getByRole("search", { name: "Denetim kaydı filtreleri" }).getByRole("status")).toHaveText(
    "Başlangıç günü bitiş gününden sonra: bu aralıkta kayıt olamaz. Tarihleri değiştirin.",
  );
  await page.goto("/yonetim/denetim?baslangic=2026-01-01&bitis=2026-02-01");
  await expect(page.getByRole("search", { name: "Denetim kaydı filtreleri" }).getByRole("status")).toHaveCount(0);

  // An edited or old link with a day no date field could send: the list is not narrowed by it, and says so.
  await page.goto("/yonetim/denetim?baslangic=2026-13-45&bitis=2026-02-01");
  const auditFilters = page.getByRole("search", { name: "Denetim kaydı filtreleri" });
  await expect(auditFilters.getByRole("status")).toHaveText(
    "“2026-13-45” geçerli bir tarih değil; başlangıç tarihi filtresi uygulanmadı.",
  );
  await expect(auditFilters.getByLabel("Başlangıç tarihi")).toHaveValue("");
  await expect(auditFilters.getByLabel("Bitiş tarihi")).toHaveValue("2026-02-01");
  await page.goto("/yonetim/siparisler?bitis=abc");
  await expect(page.getByRole("search", { name: "Sipariş filtreleri" }).getByRole("status")).toHaveText(
    "“abc” geçerli bir tarih değil; bitiş tarihi filtresi uygulanmadı.",
  );
});
