/**
 * The audit log for operations: filters by entity, acting user, action and days, keyset pages newest
 * first (an index per filter ends in created_at, id), a capped count, before and after of each change
 * for side-by-side display; and the same rows for the CSV export.
 */
import { and, asc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { AUDIT_LOG_PAGE_SIZE, type AuditLogQuery } from "@/lib/audit-log/filters";
import { istanbulDayRange } from "@/lib/list-params";
import type { DbOrTx } from "../index";
import { auditLogs } from "../schema";
import { exportSource, istanbulText } from "./export-source";
import { cappedCount, keysetCondition, keysetOrderBy, keysetPage, keyText, newestFirst, usableCursor } from "./keyset";

const NEWEST_FIRST = newestFirst(auditLogs.createdAt, auditLogs.id);

type AuditFilters = Omit<AuditLogQuery, "page" | "cursor">;

export function auditLogWhere(filters: AuditFilters): SQL | undefined {
  const range = istanbulDayRange(filters);
  return and(
    filters.entityType ? eq(auditLogs.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditLogs.entityId, filters.entityId) : undefined,
    filters.actorUserId ? eq(auditLogs.actorUserId, filters.actorUserId) : undefined,
    filters.action ? eq(auditLogs.action, filters.action) : undefined,
    range.from ? gte(auditLogs.createdAt, range.from) : undefined,
    range.to ? lt(auditLogs.createdAt, range.to) : undefined,
  );
}

/** One page: who did what to which entity, when, from where, with the row before and after. */
export async function listAuditLog(db: DbOrTx, params: { filters: AuditLogQuery; limit?: number }) {
  const limit = params.limit ?? AUDIT_LOG_PAGE_SIZE;
  const cursor = usableCursor(NEWEST_FIRST, params.filters.cursor);
  const where = auditLogWhere(params.filters);
  const [fetched, count] = await Promise.all([
    db
      .select({
        id: auditLogs.id,
        actorUserId: auditLogs.actorUserId,
        actorLabel: auditLogs.actorLabel,
        action: auditLogs.action,
        entityType: auditLogs.entityType,
        entityId: auditLogs.entityId,
        before: auditLogs.before,
        after: auditLogs.after,
        ipAddress: auditLogs.ipAddress,
        requestId: auditLogs.requestId,
        createdAt: auditLogs.createdAt,
        cursorKey: sql<string[]>`array[${sql.join(NEWEST_FIRST.columns.map(keyText), sql`, `)}]`,
      })
      .from(auditLogs)
      .where(and(where, keysetCondition(NEWEST_FIRST, cursor)))
      .orderBy(...keysetOrderBy(NEWEST_FIRST, cursor))
      .limit(limit + 1),
    cappedCount(
      db,
      db
        .select({ id: auditLogs.id })
        .from(auditLogs)
        .where(where)
        .orderBy(...keysetOrderBy(NEWEST_FIRST, null)),
    ),
  ]);
  const page = keysetPage(fetched, limit, cursor, (row) => row.cursorKey);
  return { ...page, rows: page.rows.map(({ cursorKey: _key, ...row }) => row), count };
}

export type AuditLogRow = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];

/**
 * What was done to one entity, by whom, when: its latest rows newest first (the customer page's
 * summary) or its history oldest first (an invoice's page). Neither the rows' before and after nor a
 * count: the full log shows those.
 */
export function listEntityAuditEntries(
  db: DbOrTx,
  params: { entityType: string; entityId: string; limit: number; order: "newest" | "oldest" },
) {
  return db
    .select({
      id: auditLogs.id,
      action: auditLogs.action,
      actorLabel: auditLogs.actorLabel,
      createdAt: auditLogs.createdAt,
    })
    .from(auditLogs)
    .where(and(eq(auditLogs.entityType, params.entityType), eq(auditLogs.entityId, params.entityId)))
    .orderBy(
      ...(params.order === "newest"
        ? keysetOrderBy(NEWEST_FIRST, null)
        : [asc(auditLogs.createdAt), asc(auditLogs.id)]),
    )
    .limit(params.limit);
}

export type AuditExportRow = {
  created_at: string;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip_address: string | null;
  before: string | null;
  after: string | null;
};

export function auditExport(params: { filters: AuditLogQuery }) {
  return exportSource<AuditExportRow>({
    columns: sql`${istanbulText(auditLogs.createdAt, { time: true })} as created_at,
      ${auditLogs.actorLabel} as actor_label, ${auditLogs.action} as action, ${auditLogs.entityType} as entity_type,
      ${auditLogs.entityId} as entity_id, ${auditLogs.ipAddress} as ip_address,
      ${auditLogs.before}::text as before, ${auditLogs.after}::text as after`,
    from: sql`${auditLogs}`,
    where: auditLogWhere(params.filters),
    order: NEWEST_FIRST,
  });
}
