import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { getCompanyName } from "@/db/queries/customer-account";
import { findPendingInvitationTo, invitationIsOpen } from "@/db/queries/invitations";
import { findUserByEmail, userIdentity } from "@/db/queries/users";
import { userInvitations, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { userActor } from "@/lib/auth/user-actor";
import { withActor, type Context, type CustomerContext } from "@/lib/context";
import { transactionWithEmails } from "@/lib/email";
import { env } from "@/lib/env";
import { takeLimit, tooManyAttemptsMessage, type Limit } from "@/lib/rate-limit";
import { randomToken, sha256Hex } from "@/lib/tokens";
import { accountError } from "./messages";

export const INVITATION_DAYS = 7;

export const DAY = 24 * 3600_000;

/** Each invitation is an e-mail we send for a customer: 3 a day to one address, 20 a day per company. */
export function invitationLimits(customerId: string, email: string): Limit[] {
  return [
    { bucket: "invite:recipient", key: email, max: 3, windowMs: DAY },
    { bucket: "invite:customer", key: customerId, max: 20, windowMs: DAY },
  ];
}

/** A new link: the token goes into the e-mail only; the row keeps its SHA-256 and the new deadline. */
export function newInvitationLink(now: Date) {
  const token = randomToken(32);
  return {
    token,
    tokenHash: sha256Hex(token),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY),
    url: new URL(`/davet/${token}`, env().APP_URL).toString(),
  };
}

/**
 * Invites a colleague to the customer's portal: a random token (only its SHA-256 is stored), valid
 * for 7 days, e-mailed as `/davet/<token>`. Whether an address has an account elsewhere (another
 * company, an admin) is never told: that invitation is sent like any other, and accepting it fails
 * cleanly, since an account belongs to one company. Refused: the company's own users
 * (ALREADY_A_COLLEAGUE), an address with a waiting invitation (INVITATION_PENDING: resend or revoke
 * it; the database's unique index keeps two parallel invites from both landing), TOO_MANY_ATTEMPTS
 * past the limits. An expired invitation of the address is revoked and replaced.
 */
export async function inviteColleague(ctx: CustomerContext, input: { email: string }, now = new Date()): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const link = newInvitationLink(now);
  try {
    await transactionWithEmails(async (tx, queue) => {
      const user = await findUserByEmail(tx, { email });
      if (user && user.customerId === ctx.customerId) throw accountError("ALREADY_A_COLLEAGUE", { field: "email" });
      const waiting = await findPendingInvitationTo(tx, { customerId: ctx.customerId, email });
      if (waiting && waiting.expiresAt > now) throw accountError("INVITATION_PENDING", { field: "email" });
      const taken = await takeLimit(tx, invitationLimits(ctx.customerId, email), now);
      if (taken.limited) throw accountError("TOO_MANY_ATTEMPTS", { message: tooManyAttemptsMessage(taken) });
      const companyName = await getCompanyName(tx, { customerId: ctx.customerId });
      if (companyName === null) throw accountError("CUSTOMER_NOT_FOUND");
      if (waiting) {
        await tx.update(userInvitations).set({ revokedAt: now }).where(eq(userInvitations.id, waiting.id));
      }
      const [invitation] = await tx
        .insert(userInvitations)
        .values({
          customerId: ctx.customerId,
          email,
          tokenHash: link.tokenHash,
          invitedBy: ctx.actor.id,
          expiresAt: link.expiresAt,
        })
        .returning({ id: userInvitations.id });
      await queue(invitationEmail(ctx, { to: email, companyName, url: link.url }));
      await writeAudit(tx, ctx, {
        action: "user.invited",
        entityType: "user_invitation",
        entityId: invitation!.id,
        after: { email, customerId: ctx.customerId, ...(waiting ? { replacedInvitationId: waiting.id } : {}) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "user_invitations_pending_unique")) {
      throw accountError("INVITATION_PENDING", { field: "email" });
    }
    throw error;
  }
}

/** The invitation e-mail, for a first invitation and a resent one alike. */
export function invitationEmail(ctx: CustomerContext, params: { to: string; companyName: string; url: string }) {
  return {
    to: params.to,
    template: "user-invitation" as const,
    data: {
      companyName: params.companyName,
      inviterName: ctx.actor.name,
      invitationUrl: params.url,
      expiresInDays: INVITATION_DAYS,
    },
  };
}

/**
 * Turns an invitation into a customer user: single use (consumed by a conditional update), and the
 * new user belongs to the inviting customer only. Throws INVITATION_INVALID when the link is not
 * usable, EMAIL_ALREADY_USER when the address got an account after the invitation was sent.
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(userInvitations)
        .set({ acceptedAt: now })
        .where(and(eq(userInvitations.tokenHash, sha256Hex(input.token)), invitationIsOpen(now)))
        .returning({ id: userInvitations.id, customerId: userInvitations.customerId, email: userInvitations.email });
      if (!invitation) throw accountError("INVITATION_INVALID");
      const [user] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: "customer",
          customerId: invitation.customerId,
        })
        .returning(userIdentity);
      await writeAudit(tx, withActor(ctx, userActor(user!)), {
        action: "user.invitation_accepted",
        entityType: "user",
        entityId: user!.id,
        after: { email: user!.email, customerId: invitation.customerId, invitationId: invitation.id },
      });
      return { email: user!.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_unique")) throw accountError("EMAIL_ALREADY_USER");
    throw error;
  }
}
