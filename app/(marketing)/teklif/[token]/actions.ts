"use server";

import { redirect } from "next/navigation";
import { respondToOffer } from "@/lib/quotes/respond";
import { offerResponseSchema } from "@/lib/quotes/schemas";
import { action, ok } from "@/lib/safe-action";

export const respondToOfferAction = action("respondToOffer", offerResponseSchema, async (input, ctx) => {
  await respondToOffer(ctx, input);
  ctx.log.info({ decision: input.decision }, "offer answered");
  // The wizard finds the accepted quote by this token's hash and fills itself in from it.
  if (input.decision === "accept") redirect(`/basla?teklif=${encodeURIComponent(input.token)}`);
  return ok(
    undefined,
    "Teklifi reddettiniz. İlginiz için teşekkür ederiz; fikriniz değişirse bize her zaman yazabilirsiniz.",
  );
});
