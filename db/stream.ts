/**
 * Reads a long result in batches without holding it in memory: on PostgreSQL through a server-side
 * cursor (postgres.js `.cursor()`), on the embedded database in keyset batches. Stopping early
 * (`return()` on the iterator, which `for await ... break` and a cancelled download do) closes the
 * cursor and hands its connection back to the pool.
 */
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import { rowsOf, type Db } from "./index";
import type { ExportSource } from "./queries/export-source";

const dialect = new PgDialect();

/** The postgres.js client under a Drizzle database, or null for PGlite. */
function postgresClient(db: Db): Sql | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return typeof (client as Sql | undefined)?.unsafe === "function" ? (client as Sql) : null;
}

export const STREAM_BATCH = 500;

export async function* streamRows<Row>(
  db: Db,
  source: ExportSource<Row>,
  batchSize = STREAM_BATCH,
): AsyncGenerator<Row[]> {
  const client = postgresClient(db);
  if (client) {
    yield* cursorBatches<Row>(client, source.query({ after: null, limit: null }), batchSize);
    return;
  }
  // PGlite has one connection: a cursor would hold it (and every other request) for the whole
  // download, so each batch is its own query, continuing after the last row's key.
  let after: (string | null)[] | null = null;
  for (;;) {
    const rows: Row[] = rowsOf<Row>(await db.execute(source.query({ after, limit: batchSize })));
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = source.keyOf(rows[rows.length - 1]!);
  }
}

async function* cursorBatches<Row>(client: Sql, query: SQL, batchSize: number): AsyncGenerator<Row[]> {
  const { sql, params } = dialect.sqlToQuery(query);
  const cursor = client.unsafe(sql, params as never[]).cursor(batchSize);
  // Leaving this loop early calls the cursor's return(): postgres.js closes it and frees the connection.
  for await (const rows of cursor) yield rows as unknown as Row[];
}
