import { isIP } from "node:net";

/**
 * The bare address in a socket address or an X-Forwarded-For entry ("203.0.113.5:8080",
 * "[2001:db8::1]:443", "::ffff:203.0.113.5" all count as what they are), or null when it is none.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

/**
 * The client's address. Without trusted proxies it is the TCP peer. Behind N of them, each proxy
 * appends the address it saw to X-Forwarded-For, so in that list followed by the peer, the entry N
 * places from the right is the one the outermost trusted proxy saw; everything further left came
 * from the client and proves nothing. A shorter chain (a request that skipped a proxy) gives its
 * leftmost entry.
 */
export function clientAddress(params: { peer: string; forwardedFor: string | null; trustedProxies: number }): string {
  const forwarded = (params.forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, params.peer];
  const hop = chain[Math.max(0, chain.length - 1 - params.trustedProxies)];
  return normalizeAddress(hop) ?? "unknown";
}

/** IPv6 address → its 8 groups as numbers; "::" and an embedded IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!;
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/**
 * What an address-based limit counts against: an IPv4 address as it is, an IPv6 address as its /64
 * network, since one subscriber is routinely given a whole /64 and could otherwise pick a fresh
 * address for every request.
 */
export function addressLimitKey(address: string | null): string {
  // A context's address is null only for background work, which no address limit should meet.
  if (address === null) return "unknown";
  if (isIP(address) !== 6) return address;
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":");
  return `${prefix}::/64`;
}
