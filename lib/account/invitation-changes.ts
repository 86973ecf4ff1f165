import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getCompanyName } from "@/db/queries/customer-account";
import { getPendingInvitation, invitationIsPending } from "@/db/queries/invitations";
import { userInvitations } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CustomerContext } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { takeLimit, tooManyAttemptsMessage, type Limit } from "@/lib/rate-limit";
import { DAY, invitationEmail, invitationLimits, newInvitationLink } from "./invitations";
import { accountError } from "./messages";

/** Revoking sends nothing, but is limited like inviting so a script cannot churn the table. */
const revokeLimits = (customerId: string): Limit[] => [
  { bucket: "invite:revoke", key: customerId, max: 20, windowMs: DAY },
];

/**
 * `Daveti geri al`: the link stops working at once. Only the customer's own waiting invitations;
 * another customer's, an accepted or an already revoked one is INVITATION_NOT_FOUND.
 */
export async function revokeInvitation(
  ctx: CustomerContext,
  input: { invitationId: string },
  now = new Date(),
): Promise<{ email: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const invitation = await getPendingInvitation(tx, { invitationId: input.invitationId, customerId: ctx.customerId });
    if (!invitation) throw accountError("INVITATION_NOT_FOUND");
    const taken = await takeLimit(tx, revokeLimits(ctx.customerId), now);
    if (taken.limited) throw accountError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
    // Conditional on still waiting: an acceptance in between wins, and this answers "not found".
    const [revoked] = await tx
      .update(userInvitations)
      .set({ revokedAt: now })
      .where(and(eq(userInvitations.id, invitation.id), invitationIsPending))
      .returning({ id: userInvitations.id });
    if (!revoked) throw accountError("INVITATION_NOT_FOUND");
    await writeAudit(tx, ctx, {
      action: "user.invitation_revoked",
      entityType: "user_invitation",
      entityId: invitation.id,
      before: { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
      after: { revokedAt: now.toISOString() },
    });
    return { email: invitation.email };
  });
}

/**
 * `Yeniden gönder`: a new link (the old one stops working) valid for another 7 days, e-mailed again.
 * It is an invitation e-mail like the first, so it counts against the same limits.
 */
export async function resendInvitation(
  ctx: CustomerContext,
  input: { invitationId: string },
  now = new Date(),
): Promise<{ email: string }> {
  const link = newInvitationLink(now);
  return transactionWithEmails(async (tx, queue) => {
    const invitation = await getPendingInvitation(tx, { invitationId: input.invitationId, customerId: ctx.customerId });
    if (!invitation) throw accountError("INVITATION_NOT_FOUND");
    const taken = await takeLimit(tx, invitationLimits(ctx.customerId, invitation.email), now);
    if (taken.limited) throw accountError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
    const companyName = await getCompanyName(tx, { customerId: ctx.customerId });
    if (companyName === null) throw accountError("CUSTOMER_NOT_FOUND");
    const [renewed] = await tx
      .update(userInvitations)
      .set({ tokenHash: link.tokenHash, expiresAt: link.expiresAt })
      .where(and(eq(userInvitations.id, invitation.id), invitationIsPending))
      .returning({ id: userInvitations.id });
    if (!renewed) throw accountError("INVITATION_NOT_FOUND");
    await queue(invitationEmail(ctx, { to: invitation.email, companyName, url: link.url }));
    await writeAudit(tx, ctx, {
      action: "user.invitation_resent",
      entityType: "user_invitation",
      entityId: invitation.id,
      before: { expiresAt: invitation.expiresAt.toISOString() },
      after: { expiresAt: link.expiresAt.toISOString() },
    });
    return { email: invitation.email };
  });
}
