import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { TEMPLATE_DB, WORKER_DB_COUNT, databaseUrl } from "./local-db";

/**
 * On PostgreSQL (TEST_DATABASE_URL set by tests/run.sh): migrate one template database with the real
 * migrations, then give each Vitest worker its own copy so workers never clean each other's tables.
 * On the embedded database every test file opens its own in-memory PGlite instead.
 */
export default async function setup() {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return;
  const sql = postgres(databaseUrl(admin, "postgres"), { max: 1, onnotice: () => {} });
  try {
    for (let worker = 1; worker <= WORKER_DB_COUNT; worker++) {
      await sql.unsafe(`drop database if exists cardak_test_${worker} with (force)`);
    }
    await sql.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await sql.unsafe(`create database ${TEMPLATE_DB}`);
    const client = postgres(databaseUrl(admin, TEMPLATE_DB), { max: 1, onnotice: () => {} });
    await migrate(drizzle({ client }), { migrationsFolder: "db/migrations" });
    await client.end();
    for (let worker = 1; worker <= WORKER_DB_COUNT; worker++) {
      await sql.unsafe(`create database cardak_test_${worker} template ${TEMPLATE_DB}`);
    }
  } finally {
    await sql.end();
  }
}
