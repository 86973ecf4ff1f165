"use server";

import { quoteRequestSchema } from "@/components/quotes/schemas";
import { currentUser } from "@/lib/auth/session";
import { QUOTE_RECIPIENT_BUCKET, submitQuote, recordHoneypotHit, type SubmittedQuote } from "@/lib/quotes/submit";
import { formatWait, type Refusal } from "@/lib/rate-limit";
import { action, fail, ok } from "@/lib/safe-action";

/** Said to whoever fills the hidden field: a person whose browser filled it can still call us. */
const HONEYPOT_REFUSAL =
  "Talebiniz gönderilemedi. Lütfen sayfayı yenileyip tekrar deneyin ya da bize e-posta ile yazın.";

function limitMessage(refusal: Refusal): string {
  const wait = `Lütfen ${formatWait(refusal.retryAfterMs)} sonra tekrar deneyin.`;
  return refusal.limit.bucket === QUOTE_RECIPIENT_BUCKET
    ? `Bu e-posta adresine 24 saat içinde en fazla ${refusal.limit.max} teklif gönderilebilir. ${wait}`
    : `Bir saat içinde en fazla ${refusal.limit.max} teklif talebi gönderilebilir. ${wait}`;
}

/** What the form shows again when refused without JavaScript (never the honeypot). */
const QUOTE_ECHO = [
  "companyName",
  "contactName",
  "email",
  "phone",
  "monthlyVolume",
  "productTypes",
  "specialRequirements",
  "hasFragileItems",
  "needsCustomPackaging",
  "preferredStartDate",
] as const;

export const requestQuoteAction = action(quoteRequestSchema, { echo: QUOTE_ECHO }, async (input, ctx) => {
  if (input.website && input.website.trim() !== "") {
    ctx.log.warn({ ip: ctx.ip }, "quote refused: honeypot filled");
    await recordHoneypotHit(ctx.ip);
    return fail(HONEYPOT_REFUSAL);
  }
  const user = await currentUser();
  const customer =
    user?.role === "customer" && user.customerId
      ? { userId: user.id, email: user.email, customerId: user.customerId }
      : null;
  const result = await submitQuote(input, { ip: ctx.ip, requestId: ctx.requestId, customer });
  if (!result.ok) return fail(limitMessage(result.limited));
  ctx.log.info({ quoteId: result.quote.id }, "quote submitted");
  return ok<SubmittedQuote>(result.quote, "Teklif talebiniz alındı.");
});
