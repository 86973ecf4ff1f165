import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getInvoiceForCardPayment, getUserLastLogin } from "@/db/queries/payments";
import { payments } from "@/db/schema";
import { writeAudit } from "../audit";
import { OPEN_INVOICE_STATUSES } from "../billing/status";
import type { CustomerContext } from "../context";
import { env } from "../env";
import { buildCheckoutFormInitializeRequest } from "../iyzico/checkout-form";
import { iyzico } from "../iyzico/config";
import { IyzicoApiError } from "../iyzico/errors";
import { takeLimit, tooManyAttemptsMessage } from "../rate-limit";
import { isPaymentPageAllowed } from "../security-headers";
import { callbackUrl } from "./links";
import { paymentError } from "./messages";
import type { StartCardPaymentInput } from "./schemas";

/** Each press opens a session at Iyzico: enough for retries and a second card, not for a flood. */
const START_LIMIT = { bucket: "card-payment-start", max: 10, windowMs: 60 * 60_000 };

// Iyzico refuses empty buyer fields; a customer who never gave an address still gets to pay.
const UNKNOWN = "Belirtilmemiş";

/**
 * `Öde`: a card payment attempt for one of the customer's open invoices. The attempt row is written
 * first (its id is Iyzico's conversation id, so every answer names it), then Iyzico's checkout form is
 * opened for exactly the invoice total, and the token Iyzico gave is kept on the attempt: the callback
 * finds the attempt by it. Returns the payment page the customer goes to.
 */
export async function startCardPayment(
  ctx: CustomerContext,
  input: StartCardPaymentInput,
): Promise<{ paymentId: string; paymentPageUrl: string }> {
  const db = await getDb();
  const invoice = await getInvoiceForCardPayment(db, { invoiceId: input.invoiceId, customerId: ctx.customerId });
  if (!invoice || !invoice.invoiceNumber) throw paymentError("INVOICE_NOT_FOUND");
  if (!(OPEN_INVOICE_STATUSES as readonly string[]).includes(invoice.status)) {
    throw paymentError("INVOICE_NOT_PAYABLE");
  }
  const client = iyzico(); // not configured: its own Turkish refusal, before anything is written
  const taken = await takeLimit(db, [{ ...START_LIMIT, key: ctx.customerId }]);
  if (taken.limited) throw paymentError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
  const lastLoginAt = await getUserLastLogin(db, { userId: ctx.actor.id });
  const paymentId = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(payments).values({
      id: paymentId,
      invoiceId: invoice.id,
      customerId: ctx.customerId,
      provider: "iyzico",
      conversationId: paymentId,
      status: "pending",
      amount: invoice.total,
    });
    await writeAudit(tx, ctx, {
      action: "payment.started",
      entityType: "payment",
      entityId: paymentId,
      after: { invoiceId: invoice.id, provider: "iyzico", amount: invoice.total, status: "pending" },
    });
  });
  const request = buildCheckoutFormInitializeRequest({
    conversationId: paymentId,
    invoiceNumber: invoice.invoiceNumber,
    amountKurus: invoice.total,
    callbackUrl: callbackUrl(),
    customer: {
      ...invoice.customer,
      address: invoice.customer.address || UNKNOWN,
      city: invoice.customer.city || UNKNOWN,
    },
    user: { name: ctx.actor.name, email: ctx.actor.email, lastLoginAt },
    ip: ctx.ip ?? "127.0.0.1",
  });
  try {
    const session = await client.initializeCheckoutForm(request);
    await db.update(payments).set({ checkoutToken: session.token }).where(eq(payments.id, paymentId));
    ctx.log.info({ paymentId, invoiceId: invoice.id }, "card payment started");
    if (!isPaymentPageAllowed(session.paymentPageUrl, env().IYZIPAY_URI)) {
      // With JavaScript the browser still goes there; a form submitted before it loads is blocked.
      ctx.log.error(
        { paymentId, paymentPageUrl: session.paymentPageUrl.split("?")[0] },
        "Iyzico's payment page is outside the Content-Security-Policy's form-action (lib/security-headers.ts)",
      );
    }
    return { paymentId, paymentPageUrl: session.paymentPageUrl };
  } catch (error) {
    // No page was opened: nothing can be paid on this attempt.
    const reason =
      error instanceof IyzicoApiError ? `Ödeme sayfası açılamadı (${error.providerCode})` : "Ödeme sayfası açılamadı";
    await db.transaction(async (tx) => {
      await tx
        .update(payments)
        .set({ status: "failed", failureReason: reason, settledAt: new Date() })
        .where(eq(payments.id, paymentId));
      await writeAudit(tx, ctx, {
        action: "payment.failed",
        entityType: "payment",
        entityId: paymentId,
        before: { status: "pending" },
        after: { status: "failed", reason },
      });
    });
    ctx.log.warn({ err: error, paymentId }, "checkout form not opened");
    throw error instanceof IyzicoApiError ? paymentError("PAYMENT_START_FAILED", { cause: error }) : error;
  }
}
