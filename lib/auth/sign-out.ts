import "server-only";
import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import { revokeSession } from "./user-sessions";

type Actor = { id: string; email: string };

/**
 * Ends one session of the user, audited: `Çıkış` (this browser's session) or `Oturumu kapat` in the
 * session list (any of theirs). False when the session is not theirs or has already ended.
 */
export async function endSession(
  actor: Actor,
  input: { sessionId: string; current: boolean; ip: string; requestId: string },
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await revokeSession(tx, { userId: actor.id, sessionId: input.sessionId }))) return false;
    await writeAudit(tx, {
      actor: { kind: "user", userId: actor.id, email: actor.email },
      action: input.current ? "auth.sign_out" : "auth.session_ended",
      entityType: "user_session",
      entityId: input.sessionId,
      ip: input.ip,
      requestId: input.requestId,
    });
    return true;
  });
}
