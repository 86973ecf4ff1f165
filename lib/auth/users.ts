import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "./password";
import { endAllSessions } from "./user-sessions";
import type { SessionUser } from "./session";
import { userEmailIs } from "@/db/queries/user-email";

type Actor = Pick<SessionUser, "id" | "email">;
type RequestInfo = { ip: string; requestId: string };

export async function findUserByEmail(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(userEmailIs(email))
    .limit(1);
  return user ?? null;
}

export class EmailTakenError extends Error {
  readonly code = "EMAIL_TAKEN" as const;
}

function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === "23505") return true;
  }
  return false;
}

export async function createAdmin(
  actor: Actor,
  input: { name: string; email: string; password: string } & RequestInfo,
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email.trim().toLowerCase(), passwordHash, role: "admin" })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      if (!created) throw new Error("User was not created");
      await writeAudit(tx, {
        actor: { kind: "user", userId: actor.id, email: actor.email },
        action: "user.created",
        entityType: "user",
        entityId: created.id,
        after: { email: created.email, name: created.name, role: created.role },
        ip: input.ip,
        requestId: input.requestId,
      });
      return { id: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

/** Disables a user and ends all of their sessions; returns false when there was nothing to change. */
export async function setUserDisabled(
  actor: Actor,
  input: { userId: string; disabled: boolean } & RequestInfo,
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ disabled: input.disabled, disabledAt: input.disabled ? new Date() : null })
      .where(and(eq(users.id, input.userId), eq(users.disabled, !input.disabled)))
      .returning({ id: users.id, email: users.email });
    if (!changed) return false;
    await endAllSessions(tx, changed.id);
    await writeAudit(tx, {
      actor: { kind: "user", userId: actor.id, email: actor.email },
      action: input.disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: changed.id,
      before: { disabled: !input.disabled },
      after: { disabled: input.disabled },
      ip: input.ip,
      requestId: input.requestId,
    });
    return true;
  });
}

/** "Tüm oturumları kapat": every session of the user ends at its next request; open reset links are spent. */
export async function signOutEverywhere(actor: Actor, info: RequestInfo): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await endAllSessions(tx, actor.id);
    await writeAudit(tx, {
      actor: { kind: "user", userId: actor.id, email: actor.email },
      action: "auth.sign_out_everywhere",
      entityType: "user",
      entityId: actor.id,
      ip: info.ip,
      requestId: info.requestId,
    });
  });
}
