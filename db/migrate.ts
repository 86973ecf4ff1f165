import { join } from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Db } from "./index";

export const migrationsFolder = join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations; the same files on both engines. */
export async function migrateDb(db: Db, engine: "postgres" | "pglite"): Promise<void> {
  if (engine === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
