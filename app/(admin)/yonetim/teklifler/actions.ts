"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { quoteIdSchema, rejectQuoteSchema, sendOfferSchema } from "@/components/quotes/admin-schemas";
import { markQuoteReviewed, rejectQuote, sendQuoteOffer } from "@/lib/quotes/operations";
import type { TransitionOutcome } from "@/lib/quotes/transition";
import { authAction, fail } from "@/lib/safe-action";

/** On success the detail page is shown again with the outcome named in its address (`sonuc`). */
function answer(outcome: TransitionOutcome, result: "incelendi" | "teklif" | "red") {
  if (!outcome.ok) return fail(outcome.message);
  revalidatePath("/yonetim/teklifler");
  redirect(`/yonetim/teklifler/${outcome.quote.id}?sonuc=${result}`);
}

export const markQuoteReviewedAction = authAction(
  quoteIdSchema,
  async (input, ctx) =>
    answer(await markQuoteReviewed(ctx.user, { ...input, ip: ctx.ip, requestId: ctx.requestId }), "incelendi"),
  { role: "admin" },
);

export const sendQuoteOfferAction = authAction(
  sendOfferSchema,
  async (input, ctx) =>
    answer(await sendQuoteOffer(ctx.user, { ...input, ip: ctx.ip, requestId: ctx.requestId }), "teklif"),
  { role: "admin", echo: ["unitPrice", "validityDays", "note"] },
);

export const rejectQuoteAction = authAction(
  rejectQuoteSchema,
  async (input, ctx) => answer(await rejectQuote(ctx.user, { ...input, ip: ctx.ip, requestId: ctx.requestId }), "red"),
  { role: "admin", echo: ["reason"] },
);
