import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { onboardingSessions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { RESUME_TOKEN_BYTES } from "./steps";

/**
 * An offer just accepted from its link is saved to the visitor's onboarding session at once, not
 * only carried in the address: the application in progress in this browser (its cookie's token) now
 * belongs to the quote, or a new one is opened for it. The wizard then prefills step 1 from the quote
 * wherever the visitor opens /basla, and activation makes the accepted price the contract price.
 * Returns the session's token, for the cookie.
 */
export async function saveAcceptedQuoteToOnboarding(
  ctx: Context,
  params: { token: string | null; quoteId: string },
): Promise<string> {
  const db = await getDb();
  if (params.token) {
    const [linked] = await db
      .update(onboardingSessions)
      .set({ quoteId: params.quoteId })
      .where(
        and(
          eq(onboardingSessions.resumeTokenHash, sha256Hex(params.token)),
          eq(onboardingSessions.status, "in_progress"),
        ),
      )
      .returning({ id: onboardingSessions.id });
    if (linked) {
      ctx.log.info({ sessionId: linked.id, quoteId: params.quoteId }, "accepted quote saved to the onboarding session");
      return params.token;
    }
  }
  const token = randomToken(RESUME_TOKEN_BYTES);
  const [opened] = await db
    .insert(onboardingSessions)
    .values({ resumeTokenHash: sha256Hex(token), currentStep: 1, quoteId: params.quoteId })
    .returning({ id: onboardingSessions.id });
  ctx.log.info({ sessionId: opened?.id, quoteId: params.quoteId }, "onboarding session opened for an accepted quote");
  return token;
}
