type Task = (() => unknown) | PromiseLike<unknown>;

const store = globalThis as unknown as { cardakAfterResponse?: Task[] };
const pending = (store.cardakAfterResponse ??= []);

/** Next's `after()` in tests (next-mocks.ts): the task waits until the test sends the response. */
export function afterResponseMock(task: Task): void {
  pending.push(task);
}

/**
 * The response of the last actions has gone out: runs what they left for after it (e-mail delivery),
 * in order, as Next.js would. A task that fails fails the test, where Next.js would only log it.
 * tests/integration/setup.ts calls it after every test, so nothing is left over for the next one.
 */
export async function responseSent(): Promise<void> {
  while (pending.length > 0) {
    const task = pending.shift()!;
    await (typeof task === "function" ? task() : task);
  }
}
