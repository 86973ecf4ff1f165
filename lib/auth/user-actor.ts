import type { users } from "@/db/schema";
import type { UserActor } from "@/lib/context";

/**
 * A user who acts without a session yet, in the request that makes them one: signing in, setting a
 * password from a reset link, accepting an invitation, activating a new account.
 */
export function userActor(
  user: Pick<typeof users.$inferSelect, "id" | "email" | "name" | "role" | "customerId">,
): UserActor {
  return {
    kind: "user",
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    customerId: user.customerId,
  };
}
