import { createHash } from "node:crypto";
import { and, count, eq, gt, inArray, min, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";
import { rateLimitHits } from "@/db/schema";

export type Limit = { bucket: string; key: string; max: number; windowMs: number };

/** No limit counts further back than this, so older hits are deleted (`pruneExpiredHits`). */
export const LONGEST_WINDOW_MS = 24 * 60 * 60_000;

/** Which limit was full, and when it frees up. */
export type Refusal = { limited: true; retryAfterMs: number; limit: Limit };
export type LimitState = { limited: false } | Refusal;
/** A hit counted against every limit asked for; `hitIds` lets a caller give it back. */
export type Taken = { limited: false; hitIds: string[] };

/** A 64-bit advisory lock key per bucket and key (computed here, so every instance agrees). */
function lockKey(limit: Limit): bigint {
  return createHash("sha256").update(limit.bucket).update("\u0000").update(limit.key).digest().readBigInt64BE(0);
}

async function fullness(tx: DbOrTx, limit: Limit, now: Date): Promise<Refusal | null> {
  const since = new Date(now.getTime() - limit.windowMs);
  const [row] = await tx
    .select({ hits: count(), oldest: min(rateLimitHits.createdAt) })
    .from(rateLimitHits)
    .where(
      and(eq(rateLimitHits.bucket, limit.bucket), eq(rateLimitHits.key, limit.key), gt(rateLimitHits.createdAt, since)),
    );
  if (!row || row.hits < limit.max || !row.oldest) return null;
  const freedAt = new Date(row.oldest).getTime() + limit.windowMs;
  return { limited: true, retryAfterMs: Math.max(1000, freedAt - now.getTime()), limit };
}

/**
 * Counts one hit against every limit, or against none when any of them is full (then the refusal
 * with the longest wait). Hits live in the database, so limits hold across app instances; counting
 * and recording happen under a transaction-scoped advisory lock per bucket and key, so parallel
 * callers line up and no more than `max` hits ever fit in a window. Inside a caller's transaction
 * the locks are held until it commits, and the hits vanish if it rolls back.
 */
export async function takeLimit(db: DbOrTx, limits: Limit[], now = new Date()): Promise<Taken | Refusal> {
  for (const limit of limits) {
    if (limit.windowMs > LONGEST_WINDOW_MS) {
      throw new Error(`Limit ${limit.bucket} counts further back than LONGEST_WINDOW_MS: its hits would be pruned`);
    }
  }
  if (limits.length === 0) return { limited: false, hitIds: [] };
  return db.transaction(async (tx) => {
    // Always the same order, so two callers wanting overlapping locks cannot deadlock.
    const keys = [...new Set(limits.map(lockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(${key.toString()}::bigint)`);
    let worst: Refusal | null = null;
    for (const limit of limits) {
      const refusal = await fullness(tx, limit, now);
      if (refusal && (!worst || refusal.retryAfterMs > worst.retryAfterMs)) worst = refusal;
    }
    if (worst) return worst;
    const rows = await tx
      .insert(rateLimitHits)
      .values(limits.map(({ bucket, key }) => ({ bucket, key, createdAt: now })))
      .returning({ id: rateLimitHits.id });
    return { limited: false as const, hitIds: rows.map((row) => row.id) };
  });
}

/** Gives back what `takeLimit` counted, for attempts that turned out not to count (a right password). */
export async function giveBack(db: DbOrTx, taken: Taken): Promise<void> {
  if (taken.hitIds.length === 0) return;
  await db.delete(rateLimitHits).where(inArray(rateLimitHits.id, taken.hitIds));
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

export function tooManyAttemptsMessage(state: Pick<Refusal, "retryAfterMs">): string {
  return `Çok fazla deneme yapıldı. Lütfen ${formatWait(state.retryAfterMs)} sonra tekrar deneyin.`;
}
