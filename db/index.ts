import "server-only";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { migrateDb } from "./migrate";
import { openPglite } from "./pglite";
import * as schema from "./schema";
import { seedDb } from "./seed";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** What query functions accept: the database, or the caller's transaction. */
export type DbOrTx = Db | Tx;

type Handle = { db: Db; engine: "postgres" | "pglite"; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { cardakDb?: Promise<Handle> };

async function open(): Promise<Handle> {
  const config = env();
  if (config.DATABASE_URL) {
    const client = postgres(config.DATABASE_URL, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
    return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  // Embedded database: created, migrated and seeded on first use so `npm run dev` needs nothing.
  const dataDir = config.PGLITE_DATA_DIR;
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dirname(dataDir), { recursive: true });
  const client = inMemory ? await inMemoryPglite(config.PGLITE_SNAPSHOT) : openPglite({ dataDir });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migrateDb(db, "pglite");
  await seedDb(db, { log: (line) => logger.info(line) });
  return { db, engine: "pglite", close: () => client.close() };
}

/** Starting from a dump of a migrated database skips initdb and the migrations: seconds per test file. */
async function inMemoryPglite(snapshot: string | undefined) {
  if (!snapshot) return openPglite();
  return openPglite({ loadDataDir: new Blob([await readFile(snapshot)]) });
}

function handle(): Promise<Handle> {
  // One client per process; on globalThis so hot reloads in development do not open another.
  globalForDb.cardakDb ??= open().catch((error: unknown) => {
    globalForDb.cardakDb = undefined;
    throw error;
  });
  return globalForDb.cardakDb;
}

export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

/**
 * Runs a query function of db/queries with the app's database: how pages and route handlers read
 * (`const order = await query(getOrder, { orderId, customerId })`) without holding a client.
 */
export async function query<P, R>(fn: (db: Db, params: P) => Promise<R>, params: P): Promise<R> {
  return fn(await getDb(), params);
}

export async function dbEngine(): Promise<Handle["engine"]> {
  return (await handle()).engine;
}

export async function pingDb(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`select 1`);
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.cardakDb;
  globalForDb.cardakDb = undefined;
  if (current) await (await current).close();
}

/** Rows of a raw `db.execute()`: postgres-js returns them as an array, PGlite under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { schema };
