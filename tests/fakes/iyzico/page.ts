import { formatKurus } from "../../../lib/money";
import type { Session } from "./store";

/**
 * The fake's hosted payment page. Iyzico's real page takes the card and then sends the browser back to
 * the merchant's callbackUrl with an auto-submitting form that POSTs `token`; this page skips the card
 * form: "Öde" approves the payment with Iyzico's test card, "Başarısız ödeme" declines it (insufficient
 * funds), and both then post the token to the callback, as Iyzico does for either outcome.
 */

export const PAGE_PATH = "/odeme";
export const PAGE_RESULT_PATH = "/odeme/sonuc";

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const layout = (title: string, body: string) => `<!doctype html>
<html lang="tr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head><body><main>${body}</main></body></html>`;

export function paymentPage(session: Session): string {
  const hidden = `<input type="hidden" name="token" value="${escape(session.token)}">`;
  return layout(
    "iyzico ile öde (test)",
    `<h1>Ödeme</h1>
<p>Sipariş: <span data-testid="basket-id">${escape(session.basketId)}</span></p>
<p>Ödenecek tutar: <strong data-testid="amount">${escape(formatKurus(session.paidPriceKurus))}</strong></p>
<p>Kart: 5528 79** **** 0008 (test kartı)</p>
<form method="post" action="${PAGE_RESULT_PATH}">${hidden}<input type="hidden" name="outcome" value="pay"><button type="submit">Öde</button></form>
<form method="post" action="${PAGE_RESULT_PATH}">${hidden}<input type="hidden" name="outcome" value="fail"><button type="submit">Başarısız ödeme</button></form>`,
  );
}

/** What the browser receives after paying: a form that posts the token to the merchant at once. */
export function callbackForm(callbackUrl: string, token: string): string {
  return layout(
    "Yönlendiriliyorsunuz",
    `<form id="callback" method="post" action="${escape(callbackUrl)}">
<input type="hidden" name="token" value="${escape(token)}">
<noscript><button type="submit">Devam et</button></noscript>
</form>
<script>document.getElementById("callback").submit();</script>`,
  );
}

export function invalidSessionPage(): string {
  return layout("Geçersiz ödeme", "<h1>Bu ödeme oturumu geçersiz ya da tamamlanmış.</h1>");
}
