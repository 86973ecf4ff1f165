"use server";

import { redirect } from "next/navigation";
import { readOnboardingToken, writeOnboardingToken } from "@/app/(onboarding)/basla/cookie";
import { saveAcceptedQuoteToOnboarding } from "@/lib/onboarding/from-quote";
import { respondToOffer } from "@/lib/quotes/respond";
import { offerResponseSchema } from "@/lib/quotes/schemas";
import { action, ok } from "@/lib/safe-action";

export const respondToOfferAction = action("respondToOffer", offerResponseSchema, async (input, ctx) => {
  const answer = await respondToOffer(ctx, input);
  ctx.log.info({ decision: input.decision }, "offer answered");
  if (input.decision === "accept") {
    // Saved to this browser's application now; the link still names the offer, so the wizard can
    // say where its prefilled data came from.
    const token = await saveAcceptedQuoteToOnboarding(ctx, {
      token: await readOnboardingToken(),
      quoteId: answer.quoteId,
    });
    await writeOnboardingToken(token);
    redirect(`/basla?teklif=${encodeURIComponent(input.token)}`);
  }
  return ok(
    undefined,
    "Teklifi reddettiniz. İlginiz için teşekkür ederiz; fikriniz değişirse bize her zaman yazabilirsiniz.",
  );
});
