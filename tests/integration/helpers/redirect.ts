import { expect } from "vitest";

/**
 * Where a `redirect()` sends the browser, read from what it throws: Next's control-flow error with
 * `NEXT_REDIRECT;<type>;<url>;<status>;` as its digest. Null for anything else.
 */
export function redirectTargetOf(thrown: unknown): string | null {
  const digest = (thrown as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return null;
  return digest.split(";").slice(2, -2).join(";");
}

/**
 * The target of the redirect a server action ends with. Fails when the action answers instead, and
 * rethrows any other error, so the test shows the real failure.
 */
export async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.value)}`);
  const target = redirectTargetOf(outcome.error);
  if (target === null) throw outcome.error;
  return target;
}

/** The action redirects to exactly `path`. */
export async function expectRedirect(promise: Promise<unknown>, path: string): Promise<void> {
  expect(await redirectTarget(promise)).toBe(path);
}
