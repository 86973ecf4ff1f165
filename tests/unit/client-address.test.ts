import { describe, expect, it } from "vitest";
import { addressLimitKey, clientAddress, normalizeAddress } from "@/lib/client-address";

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.5", "203.0.113.5"],
    [" 203.0.113.5:8080 ", "203.0.113.5"],
    ["::ffff:203.0.113.5", "203.0.113.5"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["unknown", null],
    ["", null],
    ["203.0.113.5, 10.0.0.1", null],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe("clientAddress", () => {
  const forwardedFor = "6.6.6.6, 203.0.113.50, 10.0.0.2";

  it("is the peer without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ peer: "198.51.100.1", forwardedFor, trustedProxies: 0 })).toBe("198.51.100.1");
  });

  it("is the entry the outermost of N trusted proxies appended", () => {
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor, trustedProxies: 2 })).toBe("203.0.113.50");
  });

  it("falls back to the leftmost entry of a chain shorter than the proxies", () => {
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: null, trustedProxies: 2 })).toBe("10.0.0.3");
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: "203.0.113.9", trustedProxies: 5 })).toBe("203.0.113.9");
  });

  it("is 'unknown' when the chosen entry is no address, never a neighbour of it", () => {
    expect(clientAddress({ peer: "", forwardedFor: "203.0.113.9", trustedProxies: 0 })).toBe("unknown");
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: "junk, 10.0.0.2", trustedProxies: 2 })).toBe("unknown");
  });
});

describe("addressLimitKey", () => {
  it("keeps an IPv4 address and reduces IPv6 to its /64 network", () => {
    expect(addressLimitKey("203.0.113.5")).toBe("203.0.113.5");
    expect(addressLimitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressLimitKey("2001:db8:1:2:ffff:ffff:ffff:fffe")).toBe("2001:db8:1:2::/64");
    expect(addressLimitKey("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(addressLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(addressLimitKey("64:ff9b::203.0.113.5")).toBe("64:ff9b:0:0::/64");
    expect(addressLimitKey("unknown")).toBe("unknown");
  });
});
