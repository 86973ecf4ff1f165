/**
 * Keyset pages for the long admin lists: each page continues after (or before) the row whose sort key
 * the cursor holds, through an index in the list's order, so page 5,000 costs what page 1 does; and a
 * count capped where it stops being worth reading (nobody pages through 10,000 rows, and counting a
 * million costs more than the page itself).
 */
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Cursor } from "@/lib/list-params";
import { isRowId } from "@/lib/row-id";
import { rowsOf, type DbOrTx } from "../index";

/**
 * A key column: how its value travels in a cursor (exact text) and how that text is read back. A
 * `nullable` one (an invoice's number or due time, none on a draft) sorts its nulls as PostgreSQL does
 * by default, after every value: last going up, first going down. Then one index on the column serves
 * both directions (read forwards or backwards); nulls last in both would take two. A key holds null
 * for them.
 */
export type KeyColumn = { column: PgColumn | SQL; kind: "timestamp" | "text" | "uuid" | "bigint"; nullable?: boolean };

/** The order of a list: its key columns (the last one unique, the id) and one direction for all. */
export type KeysetOrder = { columns: readonly KeyColumn[]; direction: "asc" | "desc" };

/**
 * Where reading continues: after (or before) the row whose key this is. A list's URL carries text only
 * (lib/list-params.ts `Cursor`); an export's batches may continue after a null of a nullable column.
 */
export type KeysetCursor = { direction: "after" | "before"; key: readonly (string | null)[] };

/** Newest first by a time (when made, or a period's start), then by id for rows of the same instant. */
export const newestFirst = (createdAt: PgColumn, id: PgColumn): KeysetOrder => ({
  columns: [
    { column: createdAt, kind: "timestamp" },
    { column: id, kind: "uuid" },
  ],
  direction: "desc",
});

// Microseconds: timestamps written by the database (now()) are finer than a JavaScript Date, and a
// key rounded to the millisecond would skip or repeat rows.
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A key column as the exact text a cursor carries. */
export function keyText(key: KeyColumn): SQL<string> {
  if (key.kind === "timestamp")
    return sql<string>`to_char(${key.column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (key.kind === "uuid" || key.kind === "bigint") return sql<string>`${key.column}::text`;
  return sql<string>`${key.column}`;
}

function valid(key: KeyColumn, value: string): boolean {
  if (key.kind === "timestamp") return TIMESTAMP_TEXT.test(value);
  if (key.kind === "uuid") return isRowId(value);
  if (key.kind === "bigint") return /^-?\d{1,19}$/.test(value);
  return true;
}

function literal(key: KeyColumn, value: string): SQL {
  if (key.kind === "timestamp") return sql`${value}::timestamptz`;
  if (key.kind === "uuid") return sql`${value}::uuid`;
  if (key.kind === "bigint") return sql`${value}::bigint`;
  return sql`${value}`;
}

/** The cursor if it fits this order (right length, each value of its kind), else null: the first page. */
export function usableCursor(order: KeysetOrder, cursor: Cursor | undefined): Cursor | null {
  if (!cursor || cursor.key.length !== order.columns.length) return null;
  return order.columns.every((key, index) => valid(key, cursor.key[index]!)) ? cursor : null;
}

/** Whether rows are read in the list's own direction (a page after) or against it (a page before). */
const forwards = (cursor: KeysetCursor | null) => cursor?.direction !== "before";

/**
 * `(a, b) > (x, y)`: the rows past the cursor, in the direction the page is read. An order with a
 * nullable column compares column by column instead, since a row comparison with a null is null.
 */
export function keysetCondition(order: KeysetOrder, cursor: KeysetCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  if (order.columns.some((key) => key.nullable)) return nullableKeysetCondition(order, cursor);
  const ascending = (order.direction === "asc") === forwards(cursor);
  const columns = sql.join(
    order.columns.map((key) => sql`${key.column}`),
    sql`, `,
  );
  const values = sql.join(
    order.columns.map((key, index) => literal(key, cursor.key[index]!)),
    sql`, `,
  );
  return ascending ? sql`(${columns}) > (${values})` : sql`(${columns}) < (${values})`;
}

/**
 * The rows past the cursor, column by column: `a` past `x`, or `a` the same and `b` past `y`, and so
 * on. A null is after every value: going up, past a value come the values beyond it and the nulls, and
 * past a null nothing; going down, past a value come the values short of it, and past a null every value.
 */
function nullableKeysetCondition(order: KeysetOrder, cursor: KeysetCursor): SQL {
  const ascending = (order.direction === "asc") === forwards(cursor);
  const past = (key: KeyColumn, value: string | null): SQL => {
    if (value === null) return ascending ? sql`false` : sql`${key.column} is not null`;
    if (!ascending) return sql`${key.column} < ${literal(key, value)}`;
    const beyond = sql`${key.column} > ${literal(key, value)}`;
    return key.nullable ? sql`(${beyond} or ${key.column} is null)` : beyond;
  };
  const same = (key: KeyColumn, value: string | null): SQL =>
    value === null ? sql`${key.column} is null` : sql`${key.column} = ${literal(key, value)}`;
  const branches = order.columns.map((key, index) => {
    const equal = order.columns.slice(0, index).map((earlier, at) => same(earlier, cursor.key[at] ?? null));
    return sql`(${sql.join([...equal, past(key, cursor.key[index] ?? null)], sql` and `)})`;
  });
  return sql`(${sql.join(branches, sql` or `)})`;
}

/**
 * ORDER BY for reading the page: the list's order, or its reverse for a page before the cursor
 * (PostgreSQL's default places a nullable column's nulls: after every value, as the condition reads them).
 */
export function keysetOrderBy(order: KeysetOrder, cursor: KeysetCursor | null): SQL[] {
  const ascending = (order.direction === "asc") === forwards(cursor);
  return order.columns.map((key) => (ascending ? sql`${key.column} asc` : sql`${key.column} desc`));
}

export type KeysetPage<T> = {
  rows: T[];
  /** The cursors of the next and the previous page, null at either end. */
  next: Cursor | null;
  previous: Cursor | null;
};

/**
 * The page from `limit + 1` rows read by keysetOrderBy: back in the list's order, with the cursors on
 * either side. `keyOf` gives a row's key (the `cursorKey` the query selected).
 */
export function keysetPage<T>(
  fetched: T[],
  limit: number,
  cursor: Cursor | null,
  keyOf: (row: T) => string[],
): KeysetPage<T> {
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (!forwards(cursor)) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return { rows, next: null, previous: null };
  const after = (row: T): Cursor => ({ direction: "after", key: keyOf(row) });
  const before = (row: T): Cursor => ({ direction: "before", key: keyOf(row) });
  return forwards(cursor)
    ? { rows, next: more ? after(last) : null, previous: cursor ? before(first) : null }
    : { rows, next: after(last), previous: more ? before(first) : null };
}

export const COUNT_CAP = 10_000;

export type CappedCount = { value: number; capped: boolean };

/**
 * How many rows `from` holds, counting at most COUNT_CAP + 1 of them: `{ value: 10000, capped: true }`
 * reads "10.000+". `from` is a select of any column with the list's joins and filters, ordered as
 * the list is: the count then walks the list's own index instead of reading the table.
 */
export async function cappedCount(db: DbOrTx, from: SQLWrapper, cap = COUNT_CAP): Promise<CappedCount> {
  const [row] = rowsOf<{ value: number | string }>(
    await db.execute(sql`select count(*)::int as value from (${from} limit ${cap + 1}) as capped`),
  );
  const value = Number(row?.value ?? 0);
  return { value: Math.min(value, cap), capped: value > cap };
}
