import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db";
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
