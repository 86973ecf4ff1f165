import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { StatusMachine } from "@/lib/status-machine";

/**
 * Checks a lifecycle against its rule written out once: the database enum holds the same statuses,
 * each shows its Turkish label, the pairs in `allowed` are allowed and every other pair of statuses is
 * refused with the machine's AppError, in Turkish words (`words`) without the statuses' code names.
 */
export function describeStatusMachine<S extends string>(
  name: string,
  machine: StatusMachine<S>,
  rule: {
    entity: string;
    enumValues: readonly string[];
    labels: Record<S, string>;
    allowed: ReadonlyArray<readonly [S, S]>;
    words: RegExp;
  },
) {
  const isAllowed = (from: S, to: S) => rule.allowed.some(([a, b]) => a === from && b === to);
  const allPairs = machine.statuses.flatMap((from) => machine.statuses.map((to) => [from, to] as const));
  const codeNames = new RegExp(machine.statuses.join("|"));

  describe(`${name} statuses`, () => {
    it("are the database enum's, and refuse with the entity's code", () => {
      expect([...machine.statuses]).toEqual([...rule.enumValues]);
      expect(machine.transitionCode).toBe(`${rule.entity}_INVALID_TRANSITION`);
      expect(allPairs.filter(([from, to]) => isAllowed(from, to))).toHaveLength(rule.allowed.length);
    });

    it.each(Object.entries(rule.labels) as [S, string][])("show %s as %s", (status, label) => {
      expect(machine.label(status)).toBe(label);
    });

    it.each(allPairs.filter(([from, to]) => isAllowed(from, to)))("allow %s → %s", (from, to) => {
      expect(machine.can(from, to)).toBe(true);
      expect(() => machine.assert(from, to)).not.toThrow();
      expect(machine.next(from)).toContain(to);
    });

    it.each(allPairs.filter(([from, to]) => !isAllowed(from, to)))(
      "refuse %s → %s with a Turkish reason",
      (from, to) => {
        expect(machine.can(from, to)).toBe(false);
        expect(machine.next(from)).not.toContain(to);
        let caught: unknown;
        try {
          machine.assert(from, to);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(AppError);
        const error = caught as AppError;
        expect(error.code).toBe(machine.transitionCode);
        expect(error.userMessage).toMatch(rule.words);
        expect(error.userMessage).not.toMatch(codeNames);
      },
    );
  });
}
