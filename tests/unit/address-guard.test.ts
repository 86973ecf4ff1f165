import { describe, expect, it } from "vitest";
import { checkDestination, isPublicAddress } from "@/lib/integrations/address-guard";
import type { Resolver } from "@/lib/integrations/types";

const REFUSED = [
  ["loopback", "127.0.0.1"],
  ["loopback, anywhere in 127/8", "127.255.0.9"],
  ["private 10/8", "10.0.0.1"],
  ["private 172.16/12", "172.31.255.254"],
  ["private 192.168/16", "192.168.0.1"],
  ["link-local (cloud metadata)", "169.254.169.254"],
  ["CGNAT", "100.64.0.1"],
  ["CGNAT, top", "100.127.255.254"],
  ["unspecified", "0.0.0.0"],
  ["this network", "0.1.2.3"],
  ["multicast", "224.0.0.1"],
  ["broadcast", "255.255.255.255"],
  ["reserved", "240.0.0.1"],
  ["documentation", "192.0.2.10"],
  ["IPv6 loopback", "::1"],
  ["IPv6 unspecified", "::"],
  ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
  ["IPv4-mapped loopback, hex", "::ffff:7f00:1"],
  ["IPv4-mapped private", "::ffff:10.0.0.1"],
  ["IPv4-compatible loopback", "::127.0.0.1"],
  ["unique local", "fc00::1"],
  ["unique local fd", "fd00:1234::1"],
  ["link-local", "fe80::1"],
  ["site-local (deprecated)", "fec0::1"],
  ["multicast", "ff02::1"],
  ["NAT64 of a private address", "64:ff9b::a00:1"],
  ["6to4 of loopback", "2002:7f00:1::1"],
  ["Teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2"],
  ["IPv6 documentation", "2001:db8::1"],
  ["not an address", "magaza.com"],
] as const;

const ACCEPTED = ["93.184.215.14", "185.199.108.153", "2a00:1450:4001:80b::200e", "2606:4700::6810:85e5"];

describe("public address", () => {
  it.each(REFUSED)("refuses %s (%s)", (_kind, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(ACCEPTED)("accepts %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("checking a destination", () => {
  const never: Resolver = async () => {
    throw new Error("must not be looked up");
  };
  const answering =
    (...addresses: string[]): Resolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("refuses another port or plain http before any lookup", async () => {
    expect(await checkDestination(new URL("https://magaza.com:8443/x"), never)).toEqual({ ok: false, problem: "port" });
    expect(await checkDestination(new URL("http://magaza.com/x"), never)).toEqual({ ok: false, problem: "port" });
  });

  it("takes https on 443, written or not, and gives the checked address", async () => {
    for (const url of ["https://magaza.com/x", "https://magaza.com:443/x"]) {
      expect(await checkDestination(new URL(url), answering("93.184.215.14"))).toEqual({
        ok: true,
        address: { address: "93.184.215.14", family: 4 },
      });
    }
  });

  it("checks an address written as the host without looking it up", async () => {
    expect(await checkDestination(new URL("https://127.0.0.1/"), never)).toEqual({ ok: false, problem: "private" });
    expect(await checkDestination(new URL("https://[::ffff:127.0.0.1]/"), never)).toEqual({
      ok: false,
      problem: "private",
    });
    expect(await checkDestination(new URL("https://[2606:4700::6810:85e5]/"), never)).toMatchObject({ ok: true });
  });

  it("refuses a name with no address, or with one private address among public ones", async () => {
    await expect(checkDestination(new URL("https://magaza.com/"), answering())).rejects.toThrow(/no address/);
    expect(
      await checkDestination(new URL("https://magaza.com/"), answering("93.184.215.14", "169.254.169.254")),
    ).toEqual({ ok: false, problem: "private" });
  });
});
