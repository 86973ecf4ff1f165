import { sql } from "drizzle-orm";
import { users } from "../schema";

/** Matches a user by e-mail the way the unique index does: case-insensitively, spaces trimmed. */
export function userEmailIs(email: string) {
  return sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;
}
