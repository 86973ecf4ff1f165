import { sql, type SQL } from "drizzle-orm";

/**
 * Many rows as one jsonb parameter, for batch writes:
 * `insert into t (a, b) select a, b from jsonb_to_recordset(${jsonRows(rows)}) as r(a uuid, b int)`.
 * Drizzle builds a multi-row VALUES list at about 0.15 ms a row (a 500-row insert spends longer being
 * built than being written); one parameter costs nothing to build, and the same SQL runs on PGlite.
 * The rows' keys are the record's column names (snake_case, as the `as r(...)` list names them).
 */
export function jsonRows(rows: readonly Record<string, unknown>[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A list of ids as one `uuid[]` parameter: `${column} = any(${uuidArray(ids)})`. Same reason as
 * jsonRows: `inArray` sends one parameter per id, and 500 of them cost more to build and bind than the
 * index scan they feed. Each id is checked, so the array literal cannot be forged.
 */
export function uuidArray(ids: readonly string[]): SQL {
  for (const id of ids) if (!UUID.test(id)) throw new TypeError(`Not a UUID: ${id}`);
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}
