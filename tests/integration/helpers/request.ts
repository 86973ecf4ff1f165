import type { SessionUser } from "@/lib/auth/session";

type RequestState = { user: SessionUser | null; ip: string };

const store = globalThis as unknown as { cardakTestRequest?: RequestState };

/**
 * What a test controls of the Next.js request around a server action: who is signed in and the
 * caller's address. Read by the mocks in next-mocks.ts.
 */
export function requestState(): RequestState {
  store.cardakTestRequest ??= { user: null, ip: "203.0.113.7" };
  return store.cardakTestRequest;
}

export function signInAs(user: SessionUser | null) {
  requestState().user = user;
}
