/**
 * A list's state lives in its URL (filters, sort, page), so every control is a link or a GET form:
 * it works without JavaScript, can be bookmarked and shared, and the back button undoes it.
 */

export const PAGE_PARAM = "sayfa";
export const SORT_PARAM = "sirala";
export const DIRECTION_PARAM = "yon";

export type SortDirection = "asc" | "desc";
export type SortState = { key: string; direction: SortDirection };

/** How a direction reads in the URL: `?sirala=tarih&yon=azalan`. */
export const DIRECTION_WORDS: Record<SortDirection, string> = { asc: "artan", desc: "azalan" };

export function parseDirection(word: string | undefined): SortDirection | undefined {
  if (word === DIRECTION_WORDS.asc) return "asc";
  if (word === DIRECTION_WORDS.desc) return "desc";
  return undefined;
}

/** The URL's current values worth keeping in links (filters and sort), already checked by the page. */
export type ListParams = Readonly<Record<string, string | undefined>>;

/**
 * `path?…` with `params` changed by `changes` (undefined removes a key). Any change other than the
 * page itself starts again at page 1, so a new filter never lands on a page that no longer exists.
 */
export function listHref(path: string, params: ListParams, changes: ListParams = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...changes };
  const changesOtherThanPage = Object.keys(changes).some((key) => key !== PAGE_PARAM);
  if (changesOtherThanPage && !(PAGE_PARAM in changes)) delete merged[PAGE_PARAM];
  if (merged[PAGE_PARAM] === "1") delete merged[PAGE_PARAM];
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The page numbers worth a link: the first, the last and `siblings` on each side of the current one,
 * with a gap where pages are left out. A list of 100,000 rows renders a handful of links, not 5,000.
 */
export function pageWindow(current: number, pageCount: number, siblings = 1): (number | "gap")[] {
  if (pageCount <= 0) return [];
  const page = Math.min(Math.max(current, 1), pageCount);
  const wanted = new Set([1, pageCount]);
  for (let n = page - siblings; n <= page + siblings; n++) if (n >= 1 && n <= pageCount) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    // A gap of exactly one page shows that page rather than "…": the same width, and more useful.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push("gap");
    out.push(n);
  });
  return out;
}
