import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { jsonRows } from "@/db/batch";
import { auditLogs } from "@/db/schema";
import { actorLabel as labelOf, actorUserId, type Context } from "./context";

/** What changed: written with the context's actor, address and request id. */
export type AuditChange = {
  /** `order.status_changed`, `invoice.paid`...: entity, dot, what happened. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** @deprecated the hand-built actor of before lib/context.ts; pass a Context instead. */
export type AuditActor =
  | { kind: "user"; userId: string; email: string }
  | { kind: "system"; label?: string }
  | { kind: "anonymous"; email?: string };

/** @deprecated see AuditActor. */
export type AuditEntry = AuditChange & { actor: AuditActor; ip?: string | null; requestId?: string | null };

function legacyLabel(actor: AuditActor): string {
  if (actor.kind === "user") return actor.email;
  if (actor.kind === "system") return actor.label ?? "sistem";
  return actor.email ? `anonim (${actor.email})` : "anonim";
}

/**
 * Writes one audit row; pass the transaction of the change so both commit or neither does.
 * `writeAudit(tx, ctx, { action, entityType, entityId, before, after })`.
 */
export async function writeAudit(db: DbOrTx, ctx: Context, change: AuditChange): Promise<void>;
/** @deprecated pass the Context: `writeAudit(tx, ctx, change)`. */
export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void>;
export async function writeAudit(db: DbOrTx, second: Context | AuditEntry, third?: AuditChange): Promise<void> {
  const row = third
    ? {
        ...third,
        actorUserId: actorUserId((second as Context).actor),
        actorLabel: labelOf((second as Context).actor),
        ip: (second as Context).ip,
        requestId: (second as Context).requestId,
      }
    : {
        ...(second as AuditEntry),
        actorUserId:
          (second as AuditEntry).actor.kind === "user"
            ? (second as AuditEntry & { actor: { userId: string } }).actor.userId
            : null,
        actorLabel: legacyLabel((second as AuditEntry).actor),
      };
  await db.insert(auditLogs).values({
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
    ipAddress: row.ip ?? null,
    requestId: row.requestId ?? null,
  });
}

/**
 * Writes one audit row per change in a single insert: for batch work (a billing run audits thousands
 * of invoices) where a round trip per row would dominate. Same rows as `writeAudit`.
 */
export async function writeAudits(db: DbOrTx, ctx: Context, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((change) => ({
    action: change.action,
    entity_type: change.entityType,
    entity_id: change.entityId ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  }));
  await db.execute(sql`
    insert into ${auditLogs} (actor_user_id, actor_label, action, entity_type, entity_id, before, after, ip_address, request_id)
    select ${actorUserId(ctx.actor)}::uuid, ${labelOf(ctx.actor)}, action, entity_type, entity_id, before, after,
      ${ctx.ip}, ${ctx.requestId}
    from jsonb_to_recordset(${jsonRows(rows)})
      as r(action text, entity_type text, entity_id text, before jsonb, after jsonb)`);
}
