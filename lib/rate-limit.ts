import { createHash } from "node:crypto";
import { and, count, eq, gt, inArray, lt, min, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { rateLimitHits } from "@/db/schema";

export type Limit = { bucket: string; key: string; max: number; windowMs: number };

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

/** Old hits are useless once outside every window; called by a cron. */
export async function pruneHits(db: DbOrTx, olderThan: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.createdAt, olderThan));
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
