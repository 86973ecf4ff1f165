import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { sha256Hex } from "@/lib/tokens";
import type { DbOrTx } from "../index";
import { customers, userInvitations } from "../schema";
import { isRowId } from "@/lib/row-id";

/** Not accepted, not revoked: waiting, its link working or expired (it can be resent or revoked). */
export const invitationIsPending = and(isNull(userInvitations.acceptedAt), isNull(userInvitations.revokedAt));

/** Not accepted, not revoked, not expired: an invitation whose link still works. */
export const invitationIsOpen = (now: Date) =>
  and(isNull(userInvitations.acceptedAt), isNull(userInvitations.revokedAt), gt(userInvitations.expiresAt, now));

const ownedBy = (customerId: string) => eq(userInvitations.customerId, customerId);

/**
 * A customer's invitations still waiting to be accepted, newest first, each with whether its link
 * has expired (it can then be resent or revoked).
 */
export async function listPendingInvitations(db: DbOrTx, params: { customerId: string; now?: Date }) {
  const now = params.now ?? new Date();
  const rows = await db
    .select({
      id: userInvitations.id,
      email: userInvitations.email,
      expiresAt: userInvitations.expiresAt,
      createdAt: userInvitations.createdAt,
    })
    .from(userInvitations)
    .where(and(ownedBy(params.customerId), invitationIsPending))
    .orderBy(desc(userInvitations.createdAt))
    .limit(50);
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

/** One waiting invitation of the customer (another customer's is null, like a missing one). */
export async function getPendingInvitation(db: DbOrTx, params: { customerId: string; invitationId: string }) {
  if (!isRowId(params.invitationId)) return null;
  const [row] = await db
    .select({ id: userInvitations.id, email: userInvitations.email, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(and(eq(userInvitations.id, params.invitationId), ownedBy(params.customerId), invitationIsPending))
    .limit(1);
  return row ?? null;
}

/** The waiting invitation of an address, if the customer already sent one (expired or not). */
export async function findPendingInvitationTo(db: DbOrTx, params: { customerId: string; email: string }) {
  const [row] = await db
    .select({ id: userInvitations.id, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(
      and(
        ownedBy(params.customerId),
        sql`lower(${userInvitations.email}) = ${params.email.trim().toLowerCase()}`,
        invitationIsPending,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The open invitation behind a link, for the page (accepting checks again atomically). */
export async function findUsableInvitation(db: DbOrTx, params: { token: string; now?: Date }) {
  if (params.token.length < 20 || params.token.length > 200) return null;
  const [row] = await db
    .select({ email: userInvitations.email, companyName: customers.companyName })
    .from(userInvitations)
    .innerJoin(customers, eq(customers.id, userInvitations.customerId))
    .where(and(eq(userInvitations.tokenHash, sha256Hex(params.token)), invitationIsOpen(params.now ?? new Date())))
    .limit(1);
  return row ?? null;
}

/**
 * Revokes the pending invitations a user sent, when the user is disabled (by a colleague or by
 * operations): they must not bring that user, or anyone, back in. Returns how many.
 */
export async function revokeInvitationsSentBy(db: DbOrTx, params: { userId: string; now?: Date }): Promise<number> {
  const revoked = await db
    .update(userInvitations)
    .set({ revokedAt: params.now ?? new Date() })
    .where(and(eq(userInvitations.invitedBy, params.userId), invitationIsPending))
    .returning({ id: userInvitations.id });
  return revoked.length;
}
