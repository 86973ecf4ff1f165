import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPglite } from "../../db/pglite";
import { drizzle } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { TEMPLATE_DB, WORKER_DB_COUNT, databaseUrl } from "./local-db";

declare module "vitest" {
  export interface ProvidedContext {
    /** The dump of a migrated embedded database every test file starts from (PGlite runs only). */
    pgliteSnapshot: string | undefined;
  }
}

const migrationsFolder = "db/migrations";

/**
 * Migrates one database with the real migrations, once per run, and gives every test a copy.
 * On PostgreSQL (TEST_DATABASE_URL set by tests/run.sh): a template database, copied into one
 * database per Vitest worker so workers never clean each other's tables. On the embedded database:
 * a dump of a migrated in-memory PGlite, which each test file loads instead of running initdb and
 * the migrations itself (seconds per file).
 */
export default async function setup(project: TestProject) {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    project.provide("pgliteSnapshot", undefined);
    await preparePostgres(admin);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "cardak-pglite-"));
  const snapshot = join(dir, "migrated.tar");
  const client = openPglite();
  try {
    await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    await writeFile(snapshot, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  } finally {
    await client.close();
  }
  project.provide("pgliteSnapshot", snapshot);
  return () => rm(dir, { recursive: true, force: true });
}

async function preparePostgres(admin: string) {
  const sql = postgres(databaseUrl(admin, "postgres"), { max: 1, onnotice: () => {} });
  try {
    for (let worker = 1; worker <= WORKER_DB_COUNT; worker++) {
      await sql.unsafe(`drop database if exists cardak_test_${worker} with (force)`);
    }
    await sql.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await sql.unsafe(`create database ${TEMPLATE_DB}`);
    const client = postgres(databaseUrl(admin, TEMPLATE_DB), { max: 1, onnotice: () => {} });
    await migrate(drizzle({ client }), { migrationsFolder });
    await client.end();
    for (let worker = 1; worker <= WORKER_DB_COUNT; worker++) {
      await sql.unsafe(`create database cardak_test_${worker} template ${TEMPLATE_DB}`);
    }
  } finally {
    await sql.end();
  }
}
