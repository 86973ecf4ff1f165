/**
 * Errors the database raises, recognised the same way on PostgreSQL (postgres.js puts the fields on
 * the error, Drizzle wraps it as `cause`) and on PGlite (`constraint` instead of `constraint_name`).
 */

type PgErrorFields = { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };

/** The PostgreSQL error in `error` or anywhere down its `cause` chain. */
function pgError(error: unknown): { code: string; constraint: string | null } | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const fields = current as PgErrorFields;
    if (typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code)) {
      const constraint = fields.constraint_name ?? fields.constraint;
      return { code: fields.code, constraint: typeof constraint === "string" ? constraint : null };
    }
    current = fields.cause;
  }
  return null;
}

/** A unique index refused the write: the whole table when `constraint` is omitted, else that index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const found = pgError(error);
  if (found?.code !== "23505") return false;
  return constraint === undefined || found.constraint === constraint;
}

/** The name of the unique index that refused the write, or null when it was not a unique violation. */
export function violatedConstraint(error: unknown): string | null {
  const found = pgError(error);
  return found?.code === "23505" ? found.constraint : null;
}

/** PostgreSQL broke a deadlock by failing this transaction (the other one went on). */
export function isDeadlock(error: unknown): boolean {
  return pgError(error)?.code === "40P01";
}

/** A lock asked for without waiting (NOWAIT) was held by another transaction. */
export function isLockNotAvailable(error: unknown): boolean {
  return pgError(error)?.code === "55P03";
}

/**
 * Runs a transaction again when PostgreSQL failed it to break a deadlock (nothing of it stayed), up to
 * `attempts` times in all: for writers that can meet another's rows in either order, such as the
 * issuing of invoices beside a billing run's chained numbers (lib/billing/number-chain.ts).
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
}
