import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");

function pagesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)page(\.bench)?\.tsx$/.test(file))
    .map((file) => relative(root, join(root, dir, file)));
}

/** The file without its comments, so a guard named in a comment does not count. */
const source = (file: string) =>
  readFileSync(join(root, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/** The guard is awaited before the page's first read. */
function guardsFirst(text: string, guard: RegExp) {
  const at = text.search(guard);
  const firstRead = text.search(/\b(query|getDb)\(/);
  return at >= 0 && (firstRead < 0 || at < firstRead);
}

// An unknown address below the area: its catch-all only answers 404 and reads nothing.
const onlyNotFound = (text: string) => /notFound\(\);\s*\}\s*$/.test(text) && !text.includes("@/db");

/**
 * A client-side move between two pages of an area renders the page alone, without the area's layout,
 * so the layout's session check does not run for it (tests/e2e/frame.spec.ts shows the request). Each
 * page of the admin and of the portal therefore checks who calls, itself, before it reads anything.
 */
describe("every page of a signed-in area checks who calls, itself", () => {
  it.each(pagesUnder("app/(admin)"))("%s calls requireAdmin()", (file) => {
    const text = source(file);
    if (onlyNotFound(text)) return;
    expect(guardsFirst(text, /await requireAdmin\(\)/)).toBe(true);
  });

  it.each(pagesUnder("app/(portal)"))("%s calls requireCustomer() or requireUser()", (file) => {
    const text = source(file);
    if (onlyNotFound(text)) return;
    expect(guardsFirst(text, /await require(Customer|User)\(\)/)).toBe(true);
  });

  it("finds the pages, and the catch-alls it lets through only answer 404", () => {
    const pages = [...pagesUnder("app/(admin)"), ...pagesUnder("app/(portal)")];
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((file) => onlyNotFound(source(file)))).toEqual([
      "app/(admin)/yonetim/[...yol]/page.tsx",
      "app/(portal)/panel/[...yol]/page.tsx",
    ]);
  });
});
