import "server-only";
import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent } from "undici";
import type { ResolvedAddress, Resolver } from "./types";

/**
 * "Bağlantıyı test et" calls an address a visitor typed, so the name is resolved here first and the
 * call may only go to a public address on port 443, the very address that was checked: a second
 * lookup at connect time could answer differently (DNS rebinding).
 */

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

// IPv6's global unicast space; ipaddr.js names the special ranges inside it (6to4, Teredo, ...).
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * Only ordinary public unicast: not loopback, private (RFC 1918, fc00::/7), link-local, CGNAT,
 * multicast, broadcast, unspecified, reserved, nor an IPv6 form that carries an IPv4 address
 * (mapped, NAT64, 6to4, Teredo). ipaddr.js's ranges decide; anything it does not call unicast is out.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // ::ffff:127.0.0.1 is 127.0.0.1.
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  return parsed.kind() === "ipv4" || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

export type DestinationCheck = { ok: true; address: ResolvedAddress } | { ok: false; problem: "port" | "private" };

/**
 * Port 443 only (checked before any lookup), then every address the name has must be public.
 * A name that does not resolve rejects, as the lookup does.
 */
export async function checkDestination(url: URL, resolve: Resolver = systemResolver): Promise<DestinationCheck> {
  if (url.protocol !== "https:" || (url.port !== "" && url.port !== "443")) return { ok: false, problem: "port" };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses: ResolvedAddress[] = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
    : await resolve(host);
  const first = addresses[0];
  // Like dns.lookup's ENOTFOUND: the caller says the shop could not be reached.
  if (!first) throw new Error(`${host} has no address`);
  // One private answer among public ones is enough: which one a connection would use is not ours to pick.
  if (!addresses.every(({ address }) => isPublicAddress(address))) return { ok: false, problem: "private" };
  return { ok: true, address: first };
}

/**
 * A connection pool for one call that connects to `address` whatever the host name: the URL keeps the
 * name, so the Host header, TLS SNI and certificate check are for the name the user typed.
 */
export function pinnedAgent(address: ResolvedAddress): Agent {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  return new Agent({ connect: { lookup: pinned } });
}
