import { and, count, eq, gt, min, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";
import { rateLimitHits } from "@/db/schema";

export type Limit = { bucket: string; key: string; max: number; windowMs: number };

/** No limit counts further back than this, so older hits are deleted (`pruneExpiredHits`). */
export const LONGEST_WINDOW_MS = 24 * 60 * 60_000;

export type LimitState = { limited: false } | { limited: true; retryAfterMs: number };

/**
 * Counts the hits of a bucket and key inside the window, in the database so the limit holds across
 * app instances. Limited once `max` hits are inside the window; free again when the oldest leaves it.
 */
export async function checkLimit(db: DbOrTx, limit: Limit, now = new Date()): Promise<LimitState> {
  if (limit.windowMs > LONGEST_WINDOW_MS) {
    throw new Error(`Limit ${limit.bucket} counts further back than LONGEST_WINDOW_MS: its hits would be pruned`);
  }
  const since = new Date(now.getTime() - limit.windowMs);
  const [row] = await db
    .select({ hits: count(), oldest: min(rateLimitHits.createdAt) })
    .from(rateLimitHits)
    .where(
      and(eq(rateLimitHits.bucket, limit.bucket), eq(rateLimitHits.key, limit.key), gt(rateLimitHits.createdAt, since)),
    );
  if (!row || row.hits < limit.max || !row.oldest) return { limited: false };
  const oldest = new Date(row.oldest);
  return { limited: true, retryAfterMs: Math.max(1000, oldest.getTime() + limit.windowMs - now.getTime()) };
}

export async function checkLimits(db: DbOrTx, limits: Limit[], now = new Date()): Promise<LimitState> {
  let worst: LimitState = { limited: false };
  for (const limit of limits) {
    const state = await checkLimit(db, limit, now);
    if (state.limited && (!worst.limited || state.retryAfterMs > worst.retryAfterMs)) worst = state;
  }
  return worst;
}

export async function recordHit(db: DbOrTx, limits: Pick<Limit, "bucket" | "key">[], now = new Date()): Promise<void> {
  if (limits.length === 0) return;
  await db.insert(rateLimitHits).values(limits.map(({ bucket, key }) => ({ bucket, key, createdAt: now })));
}

/** Deletes the hits written before `olderThan`; returns how many. */
export async function pruneHits(db: DbOrTx, olderThan: Date): Promise<number> {
  // Counted in the database: after an attack there may be many rows, none of which we need back.
  // (A Date inside raw SQL reaches postgres-js unserialized, hence the ISO string.)
  const result = await db.execute(sql`
    with deleted as (delete from ${rateLimitHits} where ${rateLimitHits.createdAt} < ${olderThan.toISOString()}::timestamptz returning 1)
    select count(*)::int as count from deleted`);
  return rowsOf<{ count: number }>(result)[0]?.count ?? 0;
}

/** Hits outside every window count for nothing: a scheduled job deletes them (lib/scheduled-jobs.ts). */
export function pruneExpiredHits(db: DbOrTx, now = new Date()): Promise<number> {
  return pruneHits(db, new Date(now.getTime() - LONGEST_WINDOW_MS));
}

/** "12 dakika", "2 saat": how long to wait, in Turkish. */
export function formatWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${minutes} dakika`;
  return `${Math.ceil(minutes / 60)} saat`;
}

export function tooManyAttemptsMessage(state: Extract<LimitState, { limited: true }>): string {
  return `Çok fazla deneme yapıldı. Lütfen ${formatWait(state.retryAfterMs)} sonra tekrar deneyin.`;
}
