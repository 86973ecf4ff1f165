/**
 * The context every use case in lib/ takes as its first argument: who acts, from where, under which
 * request, and the logger whose lines carry all of that. Server actions get theirs from
 * lib/safe-action.ts; route handlers from `requestContextFor` (lib/request.ts); background work
 * (Inngest functions, the in-process scheduler, the seed) from `systemContext` below.
 */
import { logger, type Logger } from "./logger";

export type Role = "customer" | "admin";

export type UserActor = {
  kind: "user";
  id: string;
  email: string;
  name: string;
  role: Role;
  customerId: string | null;
};
export type CustomerActor = UserActor & { role: "customer"; customerId: string };
export type AdminActor = UserActor & { role: "admin" };
/** A cron, a webhook, the billing run: `label` is what the audit log shows as the actor. */
export type SystemActor = { kind: "system"; label: string };
/** A visitor without an account; `email` when they typed one (a quote, the onboarding wizard). */
export type AnonymousActor = { kind: "anonymous"; email?: string };
export type Actor = UserActor | SystemActor | AnonymousActor;

export type Context<A extends Actor = Actor> = {
  /** The action or job's name (`createOrder`, `billing-run`): in every log line. */
  action: string;
  actor: A;
  /** The caller's address (lib/request.ts); null for background work. */
  ip: string | null;
  requestId: string;
  log: Logger;
};

export type UserContext = Context<UserActor>;
/** A signed-in customer's user: its customer is `customerId`, never taken from input. */
export type CustomerContext = Context<CustomerActor> & { customerId: string };
export type AdminContext = Context<AdminActor>;
export type SystemContext = Context<SystemActor>;

/** The context of work nobody asked for in a request: crons, events, webhooks, scripts. */
export function systemContext(action: string, options: { label?: string; requestId?: string } = {}): SystemContext {
  const requestId = options.requestId ?? crypto.randomUUID();
  return {
    action,
    actor: { kind: "system", label: options.label ?? "sistem" },
    ip: null,
    requestId,
    log: logger.child({ requestId, action }),
  };
}

/** The same request, acting as someone else (a visitor who just typed their e-mail, a new user). */
export function withActor<A extends Actor>(ctx: Context, actor: A): Context<A> {
  return { ...ctx, actor };
}

export function isCustomerActor(actor: Actor): actor is CustomerActor {
  return actor.kind === "user" && actor.role === "customer" && actor.customerId !== null;
}

export function isAdminActor(actor: Actor): actor is AdminActor {
  return actor.kind === "user" && actor.role === "admin";
}

/** The audit log's actor user id: a user, or null for the system and visitors. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}

/** How the audit log names the actor. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === "user") return actor.email;
  if (actor.kind === "system") return actor.label;
  return actor.email ? `anonim (${actor.email})` : "anonim";
}
