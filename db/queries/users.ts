import { desc } from "drizzle-orm";
import { getDb } from "../index";
import { users } from "../schema";

export async function listUsers(params: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      customerId: users.customerId,
      disabled: users.disabled,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .orderBy(desc(users.createdAt))
    .limit(params.limit ?? 200);
}
