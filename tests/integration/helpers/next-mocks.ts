import { vi } from "vitest";

// Server actions run here outside a Next.js request: the request headers, the session and cache
// revalidation are the framework's parts, replaced; the database and the app's code are real.
vi.mock("next/headers", async () => {
  const { requestHeaders, requestState } = await import("./request");
  return {
    headers: async () => requestHeaders({ ip: requestState().ip, forwardedFor: requestState().forwardedFor }),
    cookies: async () => new Map(),
  };
});

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  const { requestState } = await import("./request");
  return { ...original, currentUser: async () => requestState().user };
});
