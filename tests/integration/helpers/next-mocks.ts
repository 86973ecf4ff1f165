import { vi } from "vitest";

// Server actions run here outside a Next.js request: the request headers, the session and cache
// revalidation are the framework's parts, replaced; the database and the app's code are real.
vi.mock("next/headers", async () => {
  const { requestState } = await import("./request");
  return {
    headers: async () => new Headers({ "x-request-id": "test-request", "x-forwarded-for": requestState().ip }),
    cookies: async () => new Map(),
  };
});

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  const { requestState } = await import("./request");
  return { ...original, currentUser: async () => requestState().user };
});
