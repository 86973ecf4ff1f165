"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markQuoteReviewed, rejectQuote, sendQuoteOffer } from "@/lib/quotes/operations";
import { quoteIdSchema, rejectQuoteSchema, sendOfferSchema } from "@/lib/quotes/schemas";
import { adminAction } from "@/lib/safe-action";

/** On success the detail page is shown again with the outcome named in its address (`sonuc`). */
function showOutcome(quote: { id: string }, result: "incelendi" | "teklif" | "red"): never {
  revalidatePath("/yonetim/teklifler");
  redirect(`/yonetim/teklifler/${quote.id}?sonuc=${result}`);
}

export const markQuoteReviewedAction = adminAction("markQuoteReviewed", quoteIdSchema, async (input, ctx) =>
  showOutcome(await markQuoteReviewed(ctx, input), "incelendi"),
);

export const sendQuoteOfferAction = adminAction(
  "sendQuoteOffer",
  sendOfferSchema,
  async (input, ctx) => showOutcome(await sendQuoteOffer(ctx, input), "teklif"),
  { echo: ["unitPrice", "validityDays", "note"] },
);

export const rejectQuoteAction = adminAction(
  "rejectQuote",
  rejectQuoteSchema,
  async (input, ctx) => showOutcome(await rejectQuote(ctx, input), "red"),
  { echo: ["reason"] },
);
