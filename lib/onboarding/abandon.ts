import "server-only";
import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { integrations, onboardingSessions } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { withActor, type SystemContext } from "@/lib/context";

export const ABANDON_AFTER_DAYS = 30;

/** A session nobody touched for 30 days is given up: it can no longer be resumed. */
export function abandonCutoff(now: Date): Date {
  return new Date(now.getTime() - ABANDON_AFTER_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * Marks stale sessions `abandoned` and deletes the platform credentials typed into them: nobody will
 * use those, and credentials kept without a purpose are a risk (KVKK: no data without a purpose).
 */
export async function abandonStaleSessions(ctx: SystemContext, now = new Date()): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const abandoned = await tx
      .update(onboardingSessions)
      .set({ status: "abandoned" })
      .where(and(eq(onboardingSessions.status, "in_progress"), lt(onboardingSessions.updatedAt, abandonCutoff(now))))
      .returning({ id: onboardingSessions.id });
    if (abandoned.length === 0) return 0;
    const ids = abandoned.map((row) => row.id);
    await tx
      .delete(integrations)
      .where(and(inArray(integrations.onboardingSessionId, ids), isNull(integrations.customerId)));
    // The audit log names the clean-up, not the scheduler that ran it.
    await writeAudit(tx, withActor(ctx, { kind: "system", label: "başvuru temizliği" }), {
      action: "onboarding.abandoned",
      entityType: "onboarding_session",
      after: { count: ids.length, sessionIds: ids },
    });
    return ids.length;
  });
}
