import { describe, expect, it } from "vitest";
import { auditDiff, displayValue } from "@/lib/audit-log/diff";

describe("the audit log's before and after", () => {
  it("lists every key of both sides and marks the ones that changed", () => {
    expect(auditDiff({ status: "pending", note: "Acil" }, { status: "cancelled", note: "Acil", by: "ayse" })).toEqual([
      { key: "status", before: "pending", after: "cancelled", changed: true },
      { key: "note", before: "Acil", after: "Acil", changed: false },
      { key: "by", before: null, after: "ayse", changed: true },
    ]);
  });

  it("shows a creation (no before) and a removal (no after) as all changed", () => {
    expect(auditDiff(null, { packageCount: 40 })).toEqual([
      { key: "packageCount", before: null, after: "40", changed: true },
    ]);
    expect(auditDiff({ id: "x" }, null)).toEqual([{ key: "id", before: "x", after: null, changed: true }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("writes numbers, booleans and nested values as text", () => {
    expect(displayValue(0)).toBe("0");
    expect(displayValue(false)).toBe("false");
    expect(displayValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(displayValue(undefined)).toBeNull();
  });
});
