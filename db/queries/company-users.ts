import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { userInvitations, users } from "../schema";

/** The users of one customer (the owner filter is the point). */
export async function listCompanyUsers(params: { customerId: string }) {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(eq(users.customerId, params.customerId))
    .orderBy(users.createdAt)
    .limit(200);
}

export async function listOpenInvitations(params: { customerId: string; now?: Date }) {
  const db = await getDb();
  return db
    .select({ id: userInvitations.id, email: userInvitations.email, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(
      and(
        eq(userInvitations.customerId, params.customerId),
        isNull(userInvitations.acceptedAt),
        isNull(userInvitations.revokedAt),
        gt(userInvitations.expiresAt, params.now ?? new Date()),
      ),
    )
    .orderBy(desc(userInvitations.createdAt))
    .limit(50);
}
