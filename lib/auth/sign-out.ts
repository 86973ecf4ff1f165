import "server-only";
import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import type { UserContext } from "@/lib/context";
import { revokeSession } from "./user-sessions";

/**
 * Ends one session of the user, audited: `Çıkış` (this browser's session) or `Oturumu kapat` in the
 * session list (any of theirs). False when the session is not theirs or has already ended: `Çıkış`
 * signs the browser out all the same, the list says so.
 */
export async function endSession(ctx: UserContext, input: { sessionId: string; current: boolean }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await revokeSession(tx, { userId: ctx.actor.id, sessionId: input.sessionId }))) return false;
    await writeAudit(tx, ctx, {
      action: input.current ? "auth.sign_out" : "auth.session_ended",
      entityType: "user_session",
      entityId: input.sessionId,
    });
    return true;
  });
}
