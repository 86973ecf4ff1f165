import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import type { AnonymousActor, Context } from "./context";
import { env } from "./env";
import { withRequestId } from "./logger";
import { PEER_ADDRESS_HEADER, peerAddressIsStamped } from "./peer-address.mjs";

export const REQUEST_ID_HEADER = "x-request-id";

/** The current request's id (set by proxy.ts) and the caller's IP address. */
export async function requestContext(): Promise<{ requestId: string; ip: string }> {
  const list = await headers();
  const requestId = list.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
  return { requestId, ip: clientIp(list) };
}

export class PeerAddressMissingError extends Error {
  readonly code = "PEER_ADDRESS_MISSING" as const;
}

/**
 * The caller's address, for every rate limit and every audit row: the TCP peer that server.mjs
 * stamped on the request, or behind TRUSTED_PROXIES proxies the address the outermost one saw.
 */
export function clientIp(list: Headers): string {
  // Under `next start` nothing stamps the header, so a client could send it: refuse to guess.
  if (!peerAddressIsStamped()) {
    throw new PeerAddressMissingError("The client's address is unknown: start the app with server.mjs (npm start)");
  }
  return clientAddress({
    peer: list.get(PEER_ADDRESS_HEADER) ?? "",
    forwardedFor: list.get("x-forwarded-for"),
    trustedProxies: env().TRUSTED_PROXIES,
  });
}

export async function requestLogger() {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
  return withRequestId(requestId);
}

/**
 * The context of a request that does not come through a server action (Auth.js's authorize, a route
 * handler): an anonymous visitor at the caller's address, under the request's id.
 */
export function requestContextFor(action: string, list: Headers): Context<AnonymousActor> {
  const requestId = list.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
  return {
    action,
    actor: { kind: "anonymous" },
    ip: clientIp(list),
    requestId,
    log: withRequestId(requestId).child({ action }),
  };
}
