import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { users } from "../schema";

/** Who a user is: what an actor (lib/context.ts) and a session token are made of. */
export const userIdentity = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  customerId: users.customerId,
};

/** Matches a user by e-mail the way the unique index does: case-insensitively, spaces trimmed. */
const emailIs = (email: string) => sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;

/**
 * The account an e-mail belongs to, or null: the one answer to "does this e-mail have an account"
 * (sign-in, password reset, invitations, the onboarding wizard, the seed).
 */
export async function findUserByEmail(db: DbOrTx, params: { email: string }) {
  const [row] = await db
    .select({ ...userIdentity, disabled: users.disabled })
    .from(users)
    .where(emailIs(params.email))
    .limit(1);
  return row ?? null;
}

/** What checking a password needs: the hash, and the claims a session token gets. */
export async function getUserCredentials(db: DbOrTx, params: { email: string }) {
  const [row] = await db
    .select({
      ...userIdentity,
      sessionVersion: users.sessionVersion,
      disabled: users.disabled,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(emailIs(params.email))
    .limit(1);
  return row ?? null;
}

/** The password hash of one user, for checking their current password. */
export async function getPasswordHash(db: DbOrTx, params: { userId: string }): Promise<string | null> {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, params.userId))
    .limit(1);
  return row?.passwordHash ?? null;
}

/** Every user, for the admin's list. */
export async function listUsers(db: DbOrTx, params: { limit?: number } = {}) {
  return db
    .select({ ...userIdentity, disabled: users.disabled, lastLoginAt: users.lastLoginAt })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(params.limit ?? 200);
}

/** The users of one customer (the owner filter is the point). */
export async function listCompanyUsers(db: DbOrTx, params: { customerId: string }) {
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

/** The operations team, for the audit log's user filter (a customer's user is picked from its rows). */
export async function listAdminUsers(db: DbOrTx, _params: Record<string, never> = {}) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(users.email)
    .limit(200);
}
