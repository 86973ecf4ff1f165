/**
 * An audit row's before and after as a list of fields a person can read: every key of either side,
 * each value as short text (objects as JSON), and whether it changed. Nested objects are one field
 * each: the log stores small snapshots, not documents.
 */

export type DiffField = { key: string; before: string | null; after: string | null; changed: boolean };

type Snapshot = Record<string, unknown> | null | undefined;

/** A value as the page shows it: text as is, null and missing as null, anything else as JSON. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

export function auditDiff(before: Snapshot, after: Snapshot): DiffField[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const was = displayValue(before?.[key]);
    const is = displayValue(after?.[key]);
    // A side that was not recorded at all (a creation has no before) is not a change to null.
    const changed = before && after ? was !== is : true;
    return { key, before: before ? was : null, after: after ? is : null, changed };
  });
}
