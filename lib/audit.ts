import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { jsonRows } from "@/db/batch";
import { auditLogs } from "@/db/schema";
import { actorLabel, actorUserId, type Context } from "./context";

/** What changed: written with the context's actor, address and request id. */
export type AuditChange = {
  /** `order.status_changed`, `invoice.paid`...: entity, dot, what happened. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/**
 * Writes one audit row; pass the transaction of the change so both commit or neither does.
 * `writeAudit(tx, ctx, { action, entityType, entityId, before, after })`.
 */
export async function writeAudit(db: DbOrTx, ctx: Context, change: AuditChange): Promise<void> {
  await db.insert(auditLogs).values({
    actorUserId: actorUserId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    ipAddress: ctx.ip,
    requestId: ctx.requestId,
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
    select ${actorUserId(ctx.actor)}::uuid, ${actorLabel(ctx.actor)}, action, entity_type, entity_id, before, after,
      ${ctx.ip}, ${ctx.requestId}
    from jsonb_to_recordset(${jsonRows(rows)})
      as r(action text, entity_type text, entity_id text, before jsonb, after jsonb)`);
}
