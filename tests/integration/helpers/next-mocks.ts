import { vi } from "vitest";

// Server actions run here outside a Next.js request: the request headers, the session, cache
// revalidation and `after()` are the framework's parts, replaced; the database and the app's code are
// real. What an action leaves for after its response runs when the test calls `responseSent()`
// (helpers/response.ts), or at the end of the test.
vi.mock("next/headers", async () => {
  const { requestHeaders, requestState } = await import("./request");
  return {
    headers: async () => requestHeaders({ ip: requestState().ip, forwardedFor: requestState().forwardedFor }),
    cookies: async () => new Map(),
  };
});

// Tags and paths an action expired are recorded (helpers/revalidated.ts); cached functions run uncached.
vi.mock("next/cache", async () => {
  const { revalidated } = await import("./revalidated");
  return {
    revalidatePath: (path: string) => revalidated.paths.push(path),
    revalidateTag: (tag: string) => revalidated.tags.push(tag),
    updateTag: (tag: string) => revalidated.tags.push(tag),
    unstable_cache: <F extends (...args: never[]) => unknown>(fn: F) => fn,
  };
});

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  const { requestState } = await import("./request");
  return { ...original, currentUser: async () => requestState().user };
});

vi.mock("next/server", async (importOriginal) => {
  const { afterResponseMock } = await import("./response");
  return { ...(await importOriginal<typeof import("next/server")>()), after: afterResponseMock };
});
