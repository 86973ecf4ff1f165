import { describe, expect, it } from "vitest";
import { keysetPage } from "@/db/queries/keyset";
import type { Cursor } from "@/lib/list-params";

type Row = { n: number };
const keyOf = (row: Row) => [String(row.n)];
const rows = (...values: number[]) => values.map((n) => ({ n }));
const after = (n: number): Cursor => ({ direction: "after", key: [String(n)] });
const before = (n: number): Cursor => ({ direction: "before", key: [String(n)] });

describe("keyset pages", () => {
  it("the first page: a next page when one more row came, no previous page", () => {
    expect(keysetPage(rows(1, 2, 3, 4), 3, null, keyOf)).toEqual({
      rows: rows(1, 2, 3),
      next: after(3),
      previous: null,
    });
    expect(keysetPage(rows(1, 2), 3, null, keyOf)).toEqual({ rows: rows(1, 2), next: null, previous: null });
  });

  it("a page after a cursor: a previous page before its first row", () => {
    expect(keysetPage(rows(4, 5, 6, 7), 3, after(3), keyOf)).toEqual({
      rows: rows(4, 5, 6),
      next: after(6),
      previous: before(4),
    });
    expect(keysetPage(rows(7), 3, after(6), keyOf)).toEqual({ rows: rows(7), next: null, previous: before(7) });
  });

  it("a page before a cursor: rows read backwards come back in the list's order", () => {
    // Read newest-to-oldest from before 7: 6, 5, 4 and one more (3) that says there is a page before.
    expect(keysetPage(rows(6, 5, 4, 3), 3, before(7), keyOf)).toEqual({
      rows: rows(4, 5, 6),
      next: after(6),
      previous: before(4),
    });
    expect(keysetPage(rows(3, 2, 1), 3, before(4), keyOf)).toEqual({
      rows: rows(1, 2, 3),
      next: after(3),
      previous: null,
    });
  });

  it("an empty page has nowhere to go", () => {
    expect(keysetPage([], 3, after(9), keyOf)).toEqual({ rows: [], next: null, previous: null });
  });
});
