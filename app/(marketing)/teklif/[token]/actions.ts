"use server";

import { redirect } from "next/navigation";
import { offerResponseSchema } from "@/components/quotes/admin-schemas";
import { respondToOffer } from "@/lib/quotes/respond";
import { action, fail, ok } from "@/lib/safe-action";

export const respondToOfferAction = action(offerResponseSchema, async (input, ctx) => {
  const outcome = await respondToOffer({
    token: input.token,
    decision: input.decision,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
  if (!outcome.ok) return fail(outcome.message);
  ctx.log.info({ decision: input.decision }, "offer answered");
  // The wizard finds the accepted quote by this token's hash and fills itself in from it.
  if (input.decision === "accept") redirect(`/basla?teklif=${encodeURIComponent(input.token)}`);
  return ok(
    undefined,
    "Teklifi reddettiniz. İlginiz için teşekkür ederiz; fikriniz değişirse bize her zaman yazabilirsiniz.",
  );
});
