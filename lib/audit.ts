import type { DbOrTx } from "@/db";
import { auditLogs } from "@/db/schema";

export type AuditActor =
  | { kind: "user"; userId: string; email: string }
  | { kind: "system"; label?: string }
  | { kind: "anonymous"; email?: string };

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
  requestId?: string | null;
};

function actorLabel(actor: AuditActor): string {
  if (actor.kind === "user") return actor.email;
  if (actor.kind === "system") return actor.label ?? "sistem";
  return actor.email ? `anonim (${actor.email})` : "anonim";
}

/** Writes one audit row; pass the transaction of the change so both commit or neither does. */
export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLogs).values({
    actorUserId: entry.actor.kind === "user" ? entry.actor.userId : null,
    actorLabel: actorLabel(entry.actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ipAddress: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  });
}
