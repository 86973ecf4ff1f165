import { and, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { USERS_PAGE_SIZE, type UserListQuery } from "@/lib/auth/user-filters";
import { pageCount } from "@/lib/list-params";
import type { DbOrTx } from "../index";
import { users } from "../schema";
import { containing } from "./like";

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

/** The user list's filters: role, status, and a name or e-mail containing the search. */
export function userListWhere(filters: UserListQuery) {
  return and(
    filters.role ? eq(users.role, filters.role) : undefined,
    filters.status ? eq(users.disabled, filters.status === "disabled") : undefined,
    filters.search
      ? or(ilike(users.email, containing(filters.search)), ilike(users.name, containing(filters.search)))
      : undefined,
  );
}

/** Operations' user list: every user, newest first, filtered by role, status and name or e-mail. */
export async function listUsers(db: DbOrTx, params: { filters: UserListQuery }) {
  const { filters } = params;
  const where = userListWhere(filters);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...userIdentity, disabled: users.disabled, lastLoginAt: users.lastLoginAt })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset((filters.page - 1) * USERS_PAGE_SIZE),
    db.select({ value: count() }).from(users).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, pageCount: pageCount(totalCount, USERS_PAGE_SIZE) };
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
