/**
 * An audit row's before and after as a list of fields a person can read: every key of either side,
 * its Turkish name, each value as the app shows it (labels.ts), and whether it changed. Nested
 * objects are one field each: the log stores small snapshots, not documents.
 */
import { describeAuditValue, fieldLabel, type AuditPeople } from "./labels";

export type DiffField = {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
};

type Snapshot = Record<string, unknown> | null | undefined;

/** A value as stored, as text: null and missing as null, anything but text as JSON. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/**
 * The fields of one audit row of an `entityType` (`order`: its `status` reads as an order's); `people`
 * names the users whose ids it stores.
 */
export function auditDiff(entityType: string, before: Snapshot, after: Snapshot, people?: AuditPeople): DiffField[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    // A side that was not recorded at all (a creation has no before) is not a change to null.
    const changed = before && after ? displayValue(before[key]) !== displayValue(after[key]) : true;
    const shown = (side: Snapshot) => (side ? describeAuditValue(entityType, key, side[key], people) : null);
    return { key, label: fieldLabel(key), before: shown(before), after: shown(after), changed };
  });
}
