import "server-only";
import { getDb } from "@/db";
import { getAttemptByToken } from "@/db/queries/payments";
import type { Context } from "../context";
import { invoicePathAfterPayment, type PaymentNotice } from "./links";
import { settleCardAttempt } from "./settle";

const NOTICES = { paid: "basarili", failed: "basarisiz", pending: "beklemede" } as const;

/**
 * Iyzico's page posts the token here when the customer is done. The token only finds our attempt;
 * what happened is asked of Iyzico (settleCardAttempt). Returns where to send the browser: the
 * invoice, with what became of the payment. An unknown token writes nothing.
 */
export async function handleCheckoutCallback(ctx: Context, token: string | null): Promise<string> {
  if (!token || token.length > 200) return invoicePathAfterPayment(null, "bulunamadi");
  const attempt = await getAttemptByToken(await getDb(), { token });
  if (!attempt) {
    ctx.log.warn({ token: token.slice(0, 8) }, "payment callback for an unknown token");
    return invoicePathAfterPayment(null, "bulunamadi");
  }
  const settled = await settleCardAttempt(ctx, attempt);
  // Settled by someone else (a notification, a replay): what it became is in the row now.
  const now = settled.outcome === "settled-before" ? await getAttemptByToken(await getDb(), { token }) : null;
  const notice: PaymentNotice =
    settled.outcome === "settled-before" ? noticeOf(now?.status ?? attempt.status) : NOTICES[settled.outcome];
  return invoicePathAfterPayment(attempt.invoiceId, notice);
}

function noticeOf(status: string): PaymentNotice {
  if (status === "succeeded" || status === "refunded") return "basarili";
  if (status === "failed") return "basarisiz";
  return "beklemede";
}
