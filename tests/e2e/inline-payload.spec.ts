import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./helpers/auth";

/**
 * The page's React Server Components payload, inlined in its HTML as `self.__next_f.push([1, "…"])`
 * scripts, comes in pieces of at most 32 KB that end where a payload row ends
 * (patches/next+16.4.6.patch). Next.js inlines whatever the payload stream holds at once, which for a
 * page without a Suspense boundary is the whole payload; past 64K characters each copy of it is a
 * large object for V8 (4 to 8 ms of server CPU a request on the operations pages). A piece of
 * `[3, "<base64>"]` would mean a piece cut inside a UTF-8 character.
 */
const PIECE_BYTES = 32_768;

function inlinedPieces(html: string): { text: string[]; binary: number } {
  const text: string[] = [];
  let binary = 0;
  for (const [, args] of html.matchAll(/self\.__next_f\.push\((\[[13],"(?:[^"\\]|\\.)*"\])\)/g)) {
    const [kind, data] = JSON.parse(args!) as [number, string];
    if (kind === 1) text.push(data);
    else binary++;
  }
  return { text, binary };
}

test("the overview's payload is inlined in row-aligned pieces of at most 32 KB", async ({ page }) => {
  await signInAsAdmin(page);
  const response = await page.request.get("/yonetim");
  expect(response.status()).toBe(200);
  const { text, binary } = inlinedPieces(await response.text());

  const sizes = text.map((piece) => Buffer.byteLength(piece));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  // The overview's payload is far over one piece (about 110 KB here), so it must have been cut.
  expect(total).toBeGreaterThan(2 * PIECE_BYTES);
  expect(binary).toBe(0);
  for (const [index, piece] of text.entries()) {
    expect(sizes[index]).toBeLessThanOrEqual(PIECE_BYTES);
    if (index < text.length - 1) expect(piece.endsWith("\n")).toBe(true);
  }

  // The pieces still make the page: it hydrates, and its links navigate on the client.
  await page.goto("/yonetim");
  await page.getByRole("navigation", { name: "Yönetim menüsü" }).getByRole("link", { name: "Müşteriler" }).click();
  await expect(page.getByRole("heading", { name: "Müşteriler", level: 1 })).toBeVisible();
});
