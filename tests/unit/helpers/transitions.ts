import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { StatusMachine } from "@/lib/status-machine";

/**
 * Checks a lifecycle against its rule written out once, as the pairs it allows: every other pair of
 * statuses must be refused with the machine's AppError, in Turkish words (`words`) and without the
 * statuses' code names.
 */
export function describeTransitions<S extends string>(
  name: string,
  machine: StatusMachine<S>,
  allowed: ReadonlyArray<readonly [S, S]>,
  words: RegExp,
) {
  const isAllowed = (from: S, to: S) => allowed.some(([a, b]) => a === from && b === to);
  const allPairs = machine.statuses.flatMap((from) => machine.statuses.map((to) => [from, to] as const));
  const codeNames = new RegExp(machine.statuses.join("|"));

  describe(`${name} status transitions`, () => {
    it("lists every allowed pair once", () => {
      expect(allPairs.filter(([from, to]) => isAllowed(from, to))).toHaveLength(allowed.length);
    });

    it.each(allPairs.filter(([from, to]) => isAllowed(from, to)))("allows %s → %s", (from, to) => {
      expect(machine.can(from, to)).toBe(true);
      expect(() => machine.assert(from, to)).not.toThrow();
      expect(machine.next(from)).toContain(to);
    });

    it.each(allPairs.filter(([from, to]) => !isAllowed(from, to)))(
      "refuses %s → %s with a Turkish reason",
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
        expect(error.userMessage).toMatch(words);
        expect(error.userMessage).not.toMatch(codeNames);
      },
    );
  });
}
