/**
 * Every page of every area (the paths of PRODUCT.md, and the admin's users and account pages): at
 * 360 px nothing scrolls sideways and axe-core finds no serious or critical violation; in the portal
 * and the admin the menu marks the page's item; a wrong id is the area's own 404 page; and each
 * irreversible action asks in a dialog whose confirm button repeats its name, and dismissing it
 * changes nothing. One test per page, so a failure names its page.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN, createCustomerWithUser, CUSTOMER_PASSWORD, signIn, type E2eCustomer } from "./helpers/customers";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, PHONE } from "./helpers/page-checks";
import {
  colleague,
  customerStatusOf,
  invitationRevoked,
  invoiceStatusOf,
  issuedInvoice,
  openSessionCount,
  orderStatusOf,
  pendingInvitation,
  pendingOrder,
  quotedOffer,
  quoteStatusOf,
  userDisabled,
} from "./helpers/records";

const DESKTOP = { width: 1280, height: 900 };
const PORTAL_MENU = "Müşteri paneli menüsü";
const ADMIN_MENU = "Yönetim menüsü";

type Records = {
  customer: E2eCustomer;
  order: { id: string; orderNumber: string };
  invoice: { id: string };
  offer: { id: string; token: string };
  customerState: Awaited<ReturnType<BrowserContext["storageState"]>>;
  adminState: Awaited<ReturnType<BrowserContext["storageState"]>>;
};

let records: Records;

async function signedInState(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  await signIn(await context.newPage(), email, password);
  const state = await context.storageState();
  await context.close();
  return state;
}

test.beforeAll(async ({ browser }) => {
  const customer = await createCustomerWithUser();
  const [order, invoice, offer, customerState, adminState] = await Promise.all([
    pendingOrder(customer.customerId),
    issuedInvoice(customer.customerId, customer.companyName),
    quotedOffer(),
    signedInState(browser, customer.email, CUSTOMER_PASSWORD),
    signedInState(browser, ADMIN.email, ADMIN.password),
  ]);
  records = { customer, order, invoice, offer, customerState, adminState };
});

type Area = "public" | "portal" | "admin";
/** A page: its path (ids from the records), and in the frame the menu item it marks, as the page or as its section. */
type PageCase = { path: (r: Records) => string; area: Area; menuItem?: string; current?: "page" | "true" };

const PAGES: PageCase[] = [
  { area: "public", path: () => "/" },
  { area: "public", path: () => "/teklif-al" },
  { area: "public", path: (r) => `/teklif/${r.offer.token}` },
  { area: "public", path: () => "/basla" },
  { area: "public", path: () => "/giris" },
  { area: "public", path: () => "/sifremi-unuttum" },
  { area: "public", path: () => `/sifre-sifirla/${"x".repeat(43)}` },
  { area: "public", path: () => `/davet/${"x".repeat(43)}` },
  { area: "public", path: () => "/kvkk" },
  { area: "public", path: () => "/sozlesme" },
  { area: "portal", path: () => "/panel", menuItem: "Özet" },
  { area: "portal", path: () => "/panel/siparisler", menuItem: "Siparişler" },
  { area: "portal", path: (r) => `/panel/siparisler/${r.order.id}`, menuItem: "Siparişler", current: "true" },
  { area: "portal", path: () => "/panel/faturalar", menuItem: "Faturalar" },
  { area: "portal", path: (r) => `/panel/faturalar/${r.invoice.id}`, menuItem: "Faturalar", current: "true" },
  { area: "portal", path: () => "/panel/hesap", menuItem: "Hesap" },
  { area: "admin", path: () => "/yonetim", menuItem: "Özet" },
  { area: "admin", path: () => "/yonetim/teklifler", menuItem: "Teklifler" },
  { area: "admin", path: (r) => `/yonetim/teklifler/${r.offer.id}`, menuItem: "Teklifler", current: "true" },
  { area: "admin", path: () => "/yonetim/musteriler", menuItem: "Müşteriler" },
  {
    area: "admin",
    path: (r) => `/yonetim/musteriler/${r.customer.customerId}`,
    menuItem: "Müşteriler",
    current: "true",
  },
  { area: "admin", path: () => "/yonetim/siparisler", menuItem: "Siparişler" },
  { area: "admin", path: () => "/yonetim/siparisler/yeni", menuItem: "Siparişler", current: "true" },
  { area: "admin", path: (r) => `/yonetim/siparisler/${r.order.id}`, menuItem: "Siparişler", current: "true" },
  { area: "admin", path: () => "/yonetim/faturalar", menuItem: "Faturalar" },
  { area: "admin", path: (r) => `/yonetim/faturalar/${r.invoice.id}`, menuItem: "Faturalar", current: "true" },
  { area: "admin", path: () => "/yonetim/fiyatlandirma", menuItem: "Fiyatlandırma" },
  { area: "admin", path: () => "/yonetim/e-postalar", menuItem: "E-postalar" },
  { area: "admin", path: () => "/yonetim/denetim", menuItem: "Denetim" },
  { area: "admin", path: () => "/yonetim/kullanicilar", menuItem: "Kullanıcılar" },
  { area: "admin", path: () => "/yonetim/hesap", menuItem: "Hesabım" },
];

/** A page of the area, signed in as its user (public pages as a visitor). */
async function pageIn(browser: Browser, area: Area, viewport = DESKTOP): Promise<Page> {
  const storageState = area === "portal" ? records.customerState : area === "admin" ? records.adminState : undefined;
  const context = await browser.newContext({ storageState, viewport });
  return context.newPage();
}

const menuOf = (page: Page, area: Area) =>
  page.getByRole("navigation", { name: area === "admin" ? ADMIN_MENU : PORTAL_MENU });

const label = (entry: PageCase) =>
  entry.path({
    customer: { customerId: "[musteri]" },
    order: { id: "[siparis]" },
    invoice: { id: "[fatura]" },
    offer: { id: "[teklif]", token: "[token]" },
  } as Records);

for (const entry of PAGES) {
  test(`${label(entry)}: 360 px without sideways scroll, axe clean${entry.menuItem ? ", its menu item marked" : ""}`, async ({
    browser,
  }) => {
    const page = await pageIn(browser, entry.area);
    const path = entry.path(records);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (entry.menuItem) {
      const menu = menuOf(page, entry.area);
      await expect(menu.getByRole("link", { name: entry.menuItem, exact: true })).toHaveAttribute(
        "aria-current",
        entry.current ?? "page",
      );
      await expect(menu.locator("[aria-current]")).toHaveCount(1);
    }
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });
}

const WRONG_IDS: { area: Area; path: string; menuItem: string }[] = [
  { area: "portal", path: "/panel/siparisler", menuItem: "Siparişler" },
  { area: "portal", path: "/panel/faturalar", menuItem: "Faturalar" },
  { area: "admin", path: "/yonetim/teklifler", menuItem: "Teklifler" },
  { area: "admin", path: "/yonetim/musteriler", menuItem: "Müşteriler" },
  { area: "admin", path: "/yonetim/siparisler", menuItem: "Siparişler" },
  { area: "admin", path: "/yonetim/faturalar", menuItem: "Faturalar" },
];

for (const entry of WRONG_IDS) {
  test(`${entry.path}/[wrong id] is the ${entry.area}'s own 404 page, inside its menu`, async ({ browser }) => {
    const page = await pageIn(browser, entry.area);
    for (const id of [randomUUID(), "boyle-bir-kayit-yok"]) {
      const response = await page.goto(`${entry.path}/${id}`);
      expect(response?.status(), `${entry.path}/${id}`).toBe(404);
      await expect(page.getByRole("heading", { name: "Aradığınız kayıt bulunamadı", level: 1 })).toBeVisible();
      await expect(menuOf(page, entry.area).getByRole("link", { name: entry.menuItem, exact: true })).toHaveAttribute(
        "aria-current",
        "true",
      );
    }
    await page.context().close();
  });
}

/**
 * Opens the dialog of `trigger`, checks what it asks and that its confirm button repeats the action's
 * name, dismisses it with `Vazgeç` (and once more with Escape), and leaves the page as it was.
 */
async function openAndDismiss(page: Page, trigger: ReturnType<Page["getByRole"]>, confirm: string) {
  await trigger.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: confirm, exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Vazgeç" }).click();
  await expect(dialog).toBeHidden();
  await trigger.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
}

/** Confirms `action` with `reason` typed: the server refuses it on the field, and the dialog stays open on it. */
async function expectReasonRefused(page: Page, action: string, field: string, reason: string) {
  await page.getByRole("button", { name: action, exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel(field).fill(reason);
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(dialog.getByLabel(field)).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(field)).toBeFocused();
  await expect(dialog.getByLabel(field)).toHaveValue(reason);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
}

test("cancelling an order asks first in the portal and the admin; dismissing leaves it waiting", async ({
  browser,
}) => {
  const order = await pendingOrder(records.customer.customerId);
  const portal = await pageIn(browser, "portal");
  await portal.goto(`/panel/siparisler/${order.id}`);
  await openAndDismiss(portal, portal.getByRole("button", { name: "Siparişi iptal et" }), "Siparişi iptal et");
  const admin = await pageIn(browser, "admin");
  await admin.goto(`/yonetim/siparisler/${order.id}`);
  await openAndDismiss(admin, admin.getByRole("button", { name: "Siparişi iptal et" }), "Siparişi iptal et");
  expect(await orderStatusOf(order.id)).toBe("pending");
  await Promise.all([portal.context().close(), admin.context().close()]);
});

test("declining an offer and rejecting a quote ask first; dismissing leaves the offer open", async ({ browser }) => {
  const offer = await quotedOffer();
  const visitor = await pageIn(browser, "public");
  await visitor.goto(`/teklif/${offer.token}`);
  await openAndDismiss(visitor, visitor.getByRole("button", { name: "Teklifi reddet" }), "Teklifi reddet");
  await expect(visitor.getByRole("button", { name: "Teklifi kabul et" })).toBeEnabled();
  const admin = await pageIn(browser, "admin");
  await admin.goto(`/yonetim/teklifler/${offer.id}`);
  await openAndDismiss(admin, admin.getByRole("button", { name: "Talebi reddet" }), "Talebi reddet");
  expect(await quoteStatusOf(offer.id)).toBe("quoted");
  // A reason of spaces is refused on its field, the dialog still open with what was typed.
  await expectReasonRefused(admin, "Talebi reddet", "Red nedeni", "   ");
  expect(await quoteStatusOf(offer.id)).toBe("quoted");
  await Promise.all([visitor.context().close(), admin.context().close()]);
});

test("removing a colleague, revoking an invitation and ending a session ask first; dismissing changes nothing", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const [mate, invitation] = await Promise.all([
    colleague(customer.customerId),
    pendingInvitation(customer.customerId, customer.userId),
  ]);
  const page = await pageIn(browser, "public");
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/hesap");
  const sessions = await openSessionCount(customer.userId);
  await openAndDismiss(page, page.getByRole("button", { name: `${mate.email}: Kaldır` }), "Kaldır");
  await openAndDismiss(
    page,
    page.getByRole("button", { name: `${invitation.email}: Daveti geri al` }),
    "Daveti geri al",
  );
  await openAndDismiss(page, page.getByRole("button", { name: /Oturumu kapat$/ }).first(), "Oturumu kapat");
  await openAndDismiss(page, page.getByRole("button", { name: "Tüm oturumları kapat" }), "Tüm oturumları kapat");
  expect(await userDisabled(mate.id)).toBe(false);
  expect(await invitationRevoked(invitation.id)).toBe(false);
  expect(await openSessionCount(customer.userId)).toBe(sessions);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Hesabım", level: 1 })).toBeVisible();
  await page.context().close();
});

test("disabling a user asks first in the admin; dismissing leaves the user able to sign in", async ({ browser }) => {
  const customer = await createCustomerWithUser();
  const admin = await pageIn(browser, "admin");
  await admin.goto(`/yonetim/kullanicilar?q=${encodeURIComponent(customer.email)}`);
  await openAndDismiss(
    admin,
    admin.getByRole("button", { name: `${customer.email}: Devre dışı bırak` }),
    "Devre dışı bırak",
  );
  expect(await userDisabled(customer.userId)).toBe(false);
  await admin.context().close();
});

test("suspending a customer and cancelling or refunding an invoice ask first; dismissing changes nothing", async ({
  browser,
}) => {
  const customer = await createCustomerWithUser();
  const invoice = await issuedInvoice(customer.customerId, customer.companyName);
  const admin = await pageIn(browser, "admin");
  await admin.goto(`/yonetim/musteriler/${customer.customerId}`);
  await openAndDismiss(admin, admin.getByRole("button", { name: "Askıya al" }), "Askıya al");
  expect(await customerStatusOf(customer.customerId)).toBe("active");
  await admin.goto(`/yonetim/faturalar/${invoice.id}`);
  await openAndDismiss(admin, admin.getByRole("button", { name: "Faturayı iptal et" }), "Faturayı iptal et");
  expect(await invoiceStatusOf(invoice.id)).toBe("sent");
  await expectReasonRefused(admin, "Faturayı iptal et", "İptal nedeni", "     ");
  expect(await invoiceStatusOf(invoice.id)).toBe("sent");
  // The transfer's question opens once its fields would be sent (a reference given).
  await admin.getByLabel("Referans").fill("EFT-2026-0001");
  await openAndDismiss(admin, admin.getByRole("button", { name: "Havale/EFT kaydet" }), "Havale/EFT kaydet");
  expect(await invoiceStatusOf(invoice.id)).toBe("sent");
  await admin.context().close();
});

test("an invitation is resent and revoked from the account page, each answered by a toast", async ({ browser }) => {
  const customer = await createCustomerWithUser();
  const invitation = await pendingInvitation(customer.customerId, customer.userId);
  const page = await pageIn(browser, "public");
  await signIn(page, customer.email, CUSTOMER_PASSWORD);
  await page.goto("/panel/hesap");
  const toasts = page.getByRole("region", { name: /Bildirimler/ });

  // A second invitation to the same address is refused on its field.
  await page.getByLabel("Davet edilecek e-posta").fill(invitation.email);
  await page.getByRole("button", { name: "Davet gönder" }).click();
  await expect(page.getByText("Bu adrese gönderilmiş bekleyen bir davet var").first()).toBeVisible();

  await page.getByRole("button", { name: `${invitation.email}: Yeniden gönder` }).click();
  await expect(toasts).toContainText(`Davet ${invitation.email} adresine yeniden gönderildi.`);

  await page.getByRole("button", { name: `${invitation.email}: Daveti geri al` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Daveti geri al", exact: true }).click();
  await expect(toasts).toContainText(`${invitation.email} adresine gönderilen davet geri alındı`);
  await expect(page.getByRole("table", { name: "Bekleyen davetler" })).toHaveCount(0);
  await expect(page.getByText("Bekleyen davet yok")).toBeVisible();
  expect(await invitationRevoked(invitation.id)).toBe(true);
  await page.context().close();
});

test("without JavaScript the cancel dialog still opens, asks, and cancels the order", async ({ browser }) => {
  const order = await pendingOrder(records.customer.customerId);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: records.customerState });
  const page = await context.newPage();
  await page.goto(`/panel/siparisler/${order.id}`);
  await page.getByRole("button", { name: "Siparişi iptal et" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Sipariş iptal edilsin mi?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("İptal nedeni").fill("Yanlış adet girildi");
  await dialog.getByRole("button", { name: "Siparişi iptal et", exact: true }).click();
  await expect.poll(() => orderStatusOf(order.id)).toBe("cancelled");
  await context.close();
});
