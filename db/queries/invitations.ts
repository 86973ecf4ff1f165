import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { sha256Hex } from "@/lib/tokens";
import type { DbOrTx } from "../index";
import { customers, userInvitations } from "../schema";

/** Not accepted, not revoked, not expired: an invitation whose link still works. */
export const invitationIsOpen = (now: Date) =>
  and(isNull(userInvitations.acceptedAt), isNull(userInvitations.revokedAt), gt(userInvitations.expiresAt, now));

/** A customer's invitations still waiting to be accepted. */
export async function listOpenInvitations(db: DbOrTx, params: { customerId: string; now?: Date }) {
  return db
    .select({ id: userInvitations.id, email: userInvitations.email, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(and(eq(userInvitations.customerId, params.customerId), invitationIsOpen(params.now ?? new Date())))
    .orderBy(desc(userInvitations.createdAt))
    .limit(50);
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
