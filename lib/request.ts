import "server-only";
import { headers } from "next/headers";
import { env } from "./env";
import { withRequestId } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";

/** The current request's id (set by proxy.ts) and the caller's IP address. */
export async function requestContext(): Promise<{ requestId: string; ip: string }> {
  const list = await headers();
  const requestId = list.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
  return { requestId, ip: clientIp(list) };
}

/**
 * Behind our own proxy (TRUST_PROXY=1) the first X-Forwarded-For entry is the client. Without one, only
 * the hop nearest to us counts: Next.js fills the header from the socket when the client sent none.
 */
export function clientIp(list: Headers): string {
  const hops = (list.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const ip = env().TRUST_PROXY ? hops[0] : hops.at(-1);
  return ip ?? "unknown";
}

export async function requestLogger() {
  const { requestId } = await requestContext();
  return withRequestId(requestId);
}
