import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { onboardingSessions, quoteRequests } from "../schema";

/**
 * Onboarding sessions. A session is only ever found by the SHA-256 of its resume token: there is no
 * lookup by id from the outside, so one visitor's token never reaches another's data.
 */

export type OnboardingSessionRow = NonNullable<Awaited<ReturnType<typeof findSessionByTokenHash>>>;

/** The session for a token hash, in progress or not; null when there is none. */
export async function findSessionByTokenHash(db: DbOrTx, params: { tokenHash: string }) {
  const [row] = await db
    .select({
      id: onboardingSessions.id,
      currentStep: onboardingSessions.currentStep,
      step1: onboardingSessions.step1,
      step2: onboardingSessions.step2,
      step3: onboardingSessions.step3,
      status: onboardingSessions.status,
      quoteId: onboardingSessions.quoteId,
      updatedAt: onboardingSessions.updatedAt,
    })
    .from(onboardingSessions)
    .where(eq(onboardingSessions.resumeTokenHash, params.tokenHash))
    .limit(1);
  return row ?? null;
}

/** Whether the session came from an accepted offer with a price: the only way to a `custom` service. */
export async function sessionHasAcceptedQuotePrice(db: DbOrTx, params: { tokenHash: string }): Promise<boolean> {
  const [row] = await db
    .select({ price: quoteRequests.acceptedUnitPrice })
    .from(onboardingSessions)
    .innerJoin(quoteRequests, eq(quoteRequests.id, onboardingSessions.quoteId))
    .where(and(eq(onboardingSessions.resumeTokenHash, params.tokenHash), eq(quoteRequests.status, "accepted")))
    .limit(1);
  return row?.price != null;
}

/**
 * Saves one step of a session still in progress and moves its current step forward (never back:
 * going back to look at step 1 must not forget that step 3 was reached). Written by each step's use
 * case in its own transaction; null when no session is in progress for the token.
 */
export async function saveStep(
  db: DbOrTx,
  params: { tokenHash: string; step: 1 | 2 | 3; data: Record<string, unknown>; quoteId?: string | null },
) {
  const column = (["step1", "step2", "step3"] as const)[params.step - 1]!;
  const [row] = await db
    .update(onboardingSessions)
    .set({
      [column]: params.data,
      currentStep: sql`greatest(${onboardingSessions.currentStep}, ${params.step + 1})`,
      ...(params.quoteId ? { quoteId: params.quoteId } : {}),
    })
    .where(and(eq(onboardingSessions.resumeTokenHash, params.tokenHash), eq(onboardingSessions.status, "in_progress")))
    .returning({ id: onboardingSessions.id });
  return row ?? null;
}
