import { vi } from "vitest";

/**
 * Next.js runs the tasks given to `after()` once the response is sent; outside a request there is no
 * response, so they wait here until the test says the response went out.
 */
const tasks = vi.hoisted(() => [] as Array<() => unknown>);

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => {
    tasks.push(task);
  },
}));

/** Runs what the last actions left for after their responses, in order. */
export async function afterResponse(): Promise<void> {
  for (let task = tasks.shift(); task; task = tasks.shift()) await task();
}
