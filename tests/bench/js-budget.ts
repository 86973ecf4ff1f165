// JavaScript a page makes the browser load, read from a production build: Next's root scripts
// (build-manifest.json `rootMainFiles`) plus every chunk its client-reference manifest lists for the
// route's segments (layouts, boundaries, the page). Polyfills are left out: they are `nomodule`, so
// no current browser fetches them. Each file is gzipped (zlib's default level, as servers send it).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/** The pages measured, and the budget of those the issue sets one for (KB of gzipped JavaScript). */
export const JS_BUDGET_PAGES: Record<string, number | null> = {
  "/": null,
  "/teklif-al": 170,
  "/basla": 170,
  "/giris": null,
  "/panel": null,
  "/yonetim": null,
};

export type PageJs = { route: string; files: number; gzipKb: number; budgetKb: number | null };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** "/teklif-al" → "/(marketing)/teklif-al/page", the build's name for the route's page entry. */
function pageEntry(nextDir: string, route: string): string {
  const routes = readJson<Record<string, string>>(path.join(nextDir, "app-path-routes-manifest.json"));
  const entry = Object.entries(routes).find(([name, url]) => url === route && name.endsWith("/page"))?.[0];
  if (!entry) throw new Error(`No page ${route} in the build (${nextDir})`);
  return entry;
}

/** The chunks of every segment of the page: the manifest is a script that assigns a global. */
function entryChunks(nextDir: string, entry: string): string[] {
  const file = path.join(nextDir, "server", "app", `${entry}_client-reference-manifest.js`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } =
    {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`No client manifest for ${entry}`);
  return Object.values(manifest.entryJSFiles).flat();
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function measurePageJs(nextDir: string, route: string): PageJs {
  const build = readJson<{ rootMainFiles: string[] }>(path.join(nextDir, "build-manifest.json"));
  const files = new Set([...build.rootMainFiles, ...entryChunks(nextDir, pageEntry(nextDir, route))]);
  let bytes = 0;
  for (const file of files) bytes += gzipBytes(path.join(nextDir, file.replace(/^\/?_next\//, "")));
  return { route, files: files.size, gzipKb: bytes / 1024, budgetKb: JS_BUDGET_PAGES[route] ?? null };
}

/** Every measured page; `over` lists the pages above their budget. */
export function checkJsBudget(nextDir: string): { pages: PageJs[]; over: PageJs[] } {
  if (!existsSync(path.join(nextDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${nextDir}: run \`npm run build\` first`);
  }
  const pages = Object.keys(JS_BUDGET_PAGES).map((route) => measurePageJs(nextDir, route));
  return { pages, over: pages.filter((page) => page.budgetKb !== null && page.gzipKb > page.budgetKb) };
}

export function formatJsBudget(pages: PageJs[]): string {
  return pages
    .map(
      (page) =>
        `JS ${page.route}: ${page.gzipKb.toFixed(1)} KB gzipped in ${page.files} files` +
        (page.budgetKb === null ? "" : ` (budget ${page.budgetKb} KB${page.gzipKb > page.budgetKb ? ": OVER" : ""})`),
    )
    .join("\n");
}

// `npx tsx tests/bench/js-budget.ts [.next]`: the figures alone, exit 1 above a budget.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, over } = checkJsBudget(path.resolve(process.argv[2] ?? ".next"));
  console.log(formatJsBudget(pages));
  if (over.length > 0) process.exitCode = 1;
}
