import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { dbEngine, getDb, rowsOf } from "@/db";
import { seedDb } from "@/db/seed";

/** Empties every table and seeds again: each test starts from the state a fresh install has. */
export async function resetDatabase(): Promise<void> {
  const db = await getDb();
  const rows = rowsOf<{ tablename: string }>(
    await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  );
  const names = rows.map((row) => `"${row.tablename}"`).join(", ");
  if (names) await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
  await seedDb(db, { log: () => {} });
}

/**
 * Resolves once another transaction of this database is waiting for a lock: the caller is seen
 * blocked rather than assumed so after a pause. PGlite runs one transaction at a time, so there the
 * second cannot even have started while the first is open.
 */
export async function aTransactionWaitsForALock(): Promise<void> {
  if ((await dbEngine()) === "pglite") return;
  const db = await getDb();
  await expect
    .poll(
      async () =>
        rowsOf<{ waiting: number }>(
          await db.execute(
            sql`select count(*)::int as waiting from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'`,
          ),
        )[0]?.waiting,
      { timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(1);
}

/**
 * Runs `work` while a test trigger `name` fires `timing` (say `before insert on invoices`, for each
 * row) with the PL/pgSQL `body` (between begin and end); the trigger and its function are dropped
 * afterwards, whatever happened.
 */
export async function withTrigger<T>(name: string, timing: string, body: string, work: () => Promise<T>): Promise<T> {
  const db = await getDb();
  const table = timing.split(" on ")[1]!;
  await db.execute(sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} end $$`));
  await db.execute(sql.raw(`create trigger ${name} ${timing} for each row execute function ${name}()`));
  try {
    return await work();
  } finally {
    await db.execute(sql.raw(`drop trigger ${name} on ${table}`));
    await db.execute(sql.raw(`drop function ${name}()`));
  }
}
