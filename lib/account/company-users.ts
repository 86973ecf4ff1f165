import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { revokeInvitationsSentBy } from "@/db/queries/invitations";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { endAllSessions } from "@/lib/auth/user-sessions";
import type { CustomerContext } from "@/lib/context";
import { accountError } from "./messages";

/**
 * Removes a colleague from the customer's portal: the user is disabled (kept for the audit trail) and
 * its sessions end. Only users of the same customer, never oneself: another customer's user is
 * USER_NOT_FOUND, like a missing one.
 */
export async function removeColleague(ctx: CustomerContext, input: { userId: string }): Promise<void> {
  if (input.userId === ctx.actor.id) throw accountError("CANNOT_REMOVE_SELF");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .update(users)
      .set({ disabled: true, disabledAt: new Date() })
      .where(
        and(
          eq(users.id, input.userId),
          eq(users.customerId, ctx.customerId),
          eq(users.role, "customer"),
          eq(users.disabled, false),
        ),
      )
      .returning({ id: users.id, email: users.email });
    if (!removed) throw accountError("USER_NOT_FOUND");
    await endAllSessions(tx, removed.id);
    const invitationsRevoked = await revokeInvitationsSentBy(tx, { userId: removed.id });
    await writeAudit(tx, ctx, {
      action: "user.disabled",
      entityType: "user",
      entityId: removed.id,
      before: { disabled: false },
      after: { disabled: true, removedBy: "customer", invitationsRevoked },
    });
  });
}
