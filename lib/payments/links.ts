/** The addresses Iyzico and the customer's browser are sent to. */
import { env } from "../env";

export const CALLBACK_PATH = "/api/payments/iyzico/callback";

/** Where Iyzico's page posts the token back: on the app's public address. */
export const callbackUrl = () => new URL(CALLBACK_PATH, env().APP_URL).toString();

export type PaymentNotice = "basarili" | "basarisiz" | "beklemede" | "bulunamadi";

/** The invoice page after a card payment, with what happened (the page also reads it from the database). */
export const invoicePathAfterPayment = (invoiceId: string | null, notice: PaymentNotice) =>
  invoiceId ? `/panel/faturalar/${invoiceId}?odeme=${notice}` : `/panel/faturalar?odeme=${notice}`;
