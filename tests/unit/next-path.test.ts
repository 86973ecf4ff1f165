import { describe, expect, it } from "vitest";
import { localPath, safeNextPath } from "@/lib/auth/next-path";

describe("the page after sign-in", () => {
  it.each([
    ["/panel/siparisler?durum=pending", "customer", "/panel/siparisler?durum=pending"],
    ["/yonetim/teklifler", "admin", "/yonetim/teklifler"],
    [undefined, "customer", "/panel"],
    [undefined, "admin", "/yonetim"],
    ["/yonetim", "customer", "/panel"],
    ["/panel", "admin", "/yonetim"],
  ] as const)("%s for a %s goes to %s", (next, role, expected) => {
    expect(safeNextPath(next, role)).toBe(expected);
  });

  it.each([
    "//evil.com",
    "/\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "https://evil.com",
    "javascript:alert(1)",
    "/%0a/x\r",
    // Paths that only become protocol-relative once dot segments are resolved.
    "/.//evil.example",
    "/..//evil.example",
    "/%2E//evil.example",
    "/%2e%2e//evil.example",
    "/./\\evil.example",
    "/a/..//evil.example",
    "/panel/../..//evil.example/x?y#z",
  ])("never leads off the site: %j", (next) => {
    const path = safeNextPath(next, "customer");
    expect(path).toBe("/panel");
    expect(new URL(path, "https://cardak.example").origin).toBe("https://cardak.example");
  });

  it("keeps an encoded slash encoded, so the browser stays on our origin", () => {
    // `?next=/.%2F%2Fx` arrives decoded once, as `/.//x` (above); encoded twice it stays a harmless path.
    const path = safeNextPath("/.%2F%2Fevil.example", "customer");
    expect(new URL(path, "https://cardak.example").origin).toBe("https://cardak.example");
    expect(path).not.toMatch(/^\/[\/\\]/);
  });
});

describe("local paths for Auth.js's own redirects", () => {
  it.each([
    ["/panel/hesap", "/panel/hesap"],
    ["http://cardak.example/yonetim?a=1", "/yonetim?a=1"],
    ["/.//evil.example", null],
    ["//evil.example", null],
    ["https://evil.example/panel", null],
  ] as const)("%s → %s", (url, expected) => {
    expect(localPath(url, "http://cardak.example")).toBe(expected);
  });
});
