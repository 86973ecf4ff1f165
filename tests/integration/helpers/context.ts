import type { users } from "@/db/schema";
import {
  systemContext,
  type AdminActor,
  type AdminContext,
  type AnonymousActor,
  type Context,
  type CustomerActor,
  type CustomerContext,
  type UserActor,
  type UserContext,
} from "@/lib/context";
import { logger } from "@/lib/logger";

/**
 * Contexts for calling use cases directly, built as lib/safe-action.ts builds them for an action.
 * Prefer calling the action where the action is the real path; these are for rules below it.
 */

type UserRow = Pick<typeof users.$inferSelect, "id" | "email" | "name" | "role" | "customerId">;

const base = (action: string, ip: string | null = "203.0.113.7") => ({
  action,
  ip,
  requestId: "test-request",
  log: logger.child({ requestId: "test-request", action }),
});

function actorOf(user: UserRow): UserActor {
  return {
    kind: "user",
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    customerId: user.customerId,
  };
}

export function userCtx(user: UserRow, action = "test"): UserContext {
  return { ...base(action), actor: actorOf(user) };
}

export function customerCtx(user: UserRow, action = "test"): CustomerContext {
  if (user.role !== "customer" || !user.customerId) throw new Error(`${user.email} is not a customer's user`);
  return { ...base(action), actor: actorOf(user) as CustomerActor, customerId: user.customerId };
}

export function adminCtx(user: UserRow, action = "test"): AdminContext {
  if (user.role !== "admin") throw new Error(`${user.email} is not an admin`);
  return { ...base(action), actor: actorOf(user) as AdminActor };
}

export function anonymousCtx(options: { ip?: string; email?: string; action?: string } = {}): Context<AnonymousActor> {
  return { ...base(options.action ?? "test", options.ip), actor: { kind: "anonymous", email: options.email } };
}

export const systemCtx = (action = "test") => systemContext(action, { requestId: "test-request" });
