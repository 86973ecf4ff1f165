"use server";

import { quoteRequestSchema } from "@/components/quotes/schemas";
import { currentUser } from "@/lib/auth/session";
import { submitQuote, recordHoneypotHit, type SubmittedQuote } from "@/lib/quotes/submit";
import { formatWait } from "@/lib/rate-limit";
import { action, fail, ok } from "@/lib/safe-action";

/** Said to whoever fills the hidden field: a person whose browser filled it can still call us. */
const HONEYPOT_REFUSAL =
  "Talebiniz gönderilemedi. Lütfen sayfayı yenileyip tekrar deneyin ya da bize e-posta ile yazın.";

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
  if (!result.ok) {
    return fail(
      `Bir saat içinde en fazla 5 teklif talebi gönderilebilir. Lütfen ${formatWait(result.limited.retryAfterMs)} sonra tekrar deneyin.`,
    );
  }
  ctx.log.info({ quoteId: result.quote.id }, "quote submitted");
  return ok<SubmittedQuote>(result.quote, "Teklif talebiniz alındı.");
});
