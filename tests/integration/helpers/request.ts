import type { SessionUser } from "@/lib/auth/session";
import { stampPeerAddress } from "@/lib/peer-address.mjs";

type RequestState = {
  user: SessionUser | null;
  /** The address of the TCP peer: the client itself, or the nearest proxy. */
  ip: string;
  /** An X-Forwarded-For header as it arrives at the app (sent by the client or by proxies). */
  forwardedFor?: string;
};

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

/** The next requests come from this peer address, with this X-Forwarded-For (none by default). */
export function fromAddress(ip: string, forwardedFor?: string) {
  requestState().ip = ip;
  requestState().forwardedFor = forwardedFor;
}

/**
 * The headers app code sees for a request from `ip`, built the way the real server builds them:
 * server.mjs stamps the socket's address over whatever the client sent (the same function does it
 * here), then Next.js fills X-Forwarded-For from the socket when the request carried none.
 */
export function requestHeaders(options: {
  ip: string;
  forwardedFor?: string;
  requestId?: string;
  sent?: Record<string, string>;
}): Headers {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.sent ?? {})) sent[name.toLowerCase()] = value;
  if (options.forwardedFor !== undefined) sent["x-forwarded-for"] = options.forwardedFor;
  const request = {
    headers: sent as Record<string, string | string[] | undefined>,
    socket: { remoteAddress: options.ip },
  };
  stampPeerAddress(request);
  request.headers["x-forwarded-for"] ??= options.ip;
  request.headers["x-request-id"] = options.requestId ?? "test-request";
  return new Headers(request.headers as Record<string, string>);
}
