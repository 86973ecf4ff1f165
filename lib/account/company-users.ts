import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { userInvitations, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { endAllSessions } from "@/lib/auth/user-sessions";
import type { AccountActor } from "./types";

/**
 * Removes a colleague from the customer's portal: the user is disabled (kept for the audit trail) and
 * its sessions end. Only users of the same customer, never oneself; false when there is no such user.
 */
export async function removeColleague(input: { customerId: string; userId: string } & AccountActor): Promise<boolean> {
  if (input.userId === input.actor.id) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .update(users)
      .set({ disabled: true, disabledAt: new Date() })
      .where(
        and(
          eq(users.id, input.userId),
          eq(users.customerId, input.customerId),
          eq(users.role, "customer"),
          eq(users.disabled, false),
        ),
      )
      .returning({ id: users.id, email: users.email });
    if (!removed) return false;
    await endAllSessions(tx, removed.id);
    // Invitations the removed colleague sent must not bring them (or anyone) back in.
    const revoked = await tx
      .update(userInvitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(userInvitations.invitedBy, removed.id),
          isNull(userInvitations.acceptedAt),
          isNull(userInvitations.revokedAt),
        ),
      )
      .returning({ id: userInvitations.id });
    await writeAudit(tx, {
      actor: { kind: "user", userId: input.actor.id, email: input.actor.email },
      action: "user.disabled",
      entityType: "user",
      entityId: removed.id,
      before: { disabled: false },
      after: { disabled: true, removedBy: "customer", invitationsRevoked: revoked.length },
      ip: input.ip,
      requestId: input.requestId,
    });
    return true;
  });
}
