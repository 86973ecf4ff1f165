"use server";

import { currentUser } from "@/lib/auth/session";
import { withActor } from "@/lib/context";
import { quoteRequestSchema } from "@/lib/quotes/schemas";
import { submitQuote, type SubmittedQuote } from "@/lib/quotes/submit";
import { action, ok, userActor } from "@/lib/safe-action";

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

/** Anyone may ask for a quote; a signed-in customer's request is linked to its customer. */
export const submitQuoteAction = action(
  "submitQuote",
  quoteRequestSchema,
  async (input, ctx) => {
    const user = await currentUser();
    const asker =
      user?.role === "customer" && user.customerId
        ? withActor(ctx, userActor(user))
        : withActor(ctx, { kind: "anonymous", email: input.email.toLowerCase() });
    const quote = await submitQuote(asker, input);
    ctx.log.info({ quoteId: quote.id }, "quote submitted");
    return ok<SubmittedQuote>(quote, "Teklif talebiniz alındı.");
  },
  { echo: QUOTE_ECHO },
);
