import type { DbOrTx } from "@/db";
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
