/**
 * What a CSV export reads: a list's filtered rows in the list's order, as one query that db/stream.ts
 * runs through a cursor (PostgreSQL) or in keyset batches (PGlite). Values a spreadsheet shows are
 * formatted here, in SQL, so both databases hand over the same text (dates in Istanbul time).
 */
import { and, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { keysetCondition, keysetOrderBy, keyText, type KeysetOrder } from "./keyset";

export type ExportPage = { after: (string | null)[] | null; limit: number | null };

export type ExportSource<Row> = {
  /** The rows after the key `after` (null: from the first), at most `limit` of them (null: all). */
  query: (page: ExportPage) => SQL;
  /** The keyset key of a row the query returned (null for a null of a nullable key column). */
  keyOf: (row: Row) => (string | null)[];
};

const KEY_PREFIX = "export_key_";

export function exportSource<Row>(spec: {
  columns: SQL;
  from: SQL;
  where: SQL | undefined;
  order: KeysetOrder;
}): ExportSource<Row> {
  const keys = spec.order.columns.map(
    (column, index) => sql`${keyText(column)} as ${sql.raw(`${KEY_PREFIX}${index}`)}`,
  );
  return {
    query({ after, limit }) {
      const cursor = after ? ({ direction: "after", key: after } as const) : null;
      const where = and(spec.where, keysetCondition(spec.order, cursor));
      return sql`select ${spec.columns}, ${sql.join(keys, sql`, `)} from ${spec.from}
        ${where ? sql`where ${where}` : sql``}
        order by ${sql.join(keysetOrderBy(spec.order, null), sql`, `)}
        ${limit === null ? sql`` : sql`limit ${limit}`}`;
    },
    keyOf: (row) =>
      spec.order.columns.map((_, index) => {
        const value = (row as Record<string, unknown>)[`${KEY_PREFIX}${index}`];
        return value === null || value === undefined ? null : String(value);
      }),
  };
}

/** 25.11.2026 (or 25.11.2026 14:05): an instant as Istanbul's calendar and clock show it; empty when null. */
export function istanbulText(column: PgColumn | SQL, options: { time?: boolean } = {}): SQL<string> {
  const format = options.time ? "DD.MM.YYYY HH24:MI" : "DD.MM.YYYY";
  return sql<string>`coalesce(to_char(${column} at time zone 'Europe/Istanbul', ${sql.raw(`'${format}'`)}), '')`;
}
