import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/next-path";

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
  ])("never leads off the site: %j", (next) => {
    const path = safeNextPath(next, "customer");
    expect(path).toBe("/panel");
    expect(new URL(path, "https://cardak.example").origin).toBe("https://cardak.example");
  });
});
