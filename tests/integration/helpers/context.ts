import type { users } from "@/db/schema";
import {
  systemContext,
  type AdminActor,
  type AdminContext,
  type AnonymousActor,
  type Context,
  type CustomerActor,
  type CustomerContext,
  type UserContext,
} from "@/lib/context";
import { userActor } from "@/lib/auth/user-actor";
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

export function userCtx(user: UserRow, action = "test"): UserContext {
  return { ...base(action), actor: userActor(user) };
}

export function customerCtx(user: UserRow, action = "test"): CustomerContext {
  if (user.role !== "customer" || !user.customerId) throw new Error(`${user.email} is not a customer's user`);
  return { ...base(action), actor: userActor(user) as CustomerActor, customerId: user.customerId };
}

export function adminCtx(user: UserRow, action = "test"): AdminContext {
  if (user.role !== "admin") throw new Error(`${user.email} is not an admin`);
  return { ...base(action), actor: userActor(user) as AdminActor };
}

export function anonymousCtx(options: { ip?: string; email?: string; action?: string } = {}): Context<AnonymousActor> {
  return { ...base(options.action ?? "test", options.ip), actor: { kind: "anonymous", email: options.email } };
}

export const systemCtx = (action = "test") => systemContext(action, { requestId: "test-request" });
