/**
 * A list's state in the URL: its filters, its sort and its page, under the Turkish names users see
 * (`?durum=pending&sirala=tarih&yon=artan&sayfa=2`), so a filtered list can be bookmarked and shared,
 * and every control of a list is a link or a GET form (it works without JavaScript; the back button
 * undoes it). The one module that reads and writes list addresses: pages parse with `listParams`, the
 * data table (components/ui/data-table) only renders the links built here.
 *
 * Parsed with zod, leniently: a filter value that does not parse is dropped, a bad page or sort falls
 * back to its default; never an error page. A dropped filter or sort is kept, as typed, in `ignored`, so
 * the filter bar can say that the list is not narrowed or ordered by it (an edited or old link:
 * `?baslangic=2026-13-45`, `?durum=xyz`, `?sirala=foo`). A bad page or keyset position is not: the
 * list on screen is still the one asked for, from its start.
 * `href` writes the same state back for links that keep it.
 *
 * Long lists page by keyset (`keyset: true`): instead of a page number the URL carries the position
 * of the row to continue after (`sonra`) or before (`once`), so a late page costs what the first does.
 */
import { z } from "zod";
import { isCalendarDate, istanbulTime } from "./dates";
import { text } from "./text";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_PARAM = "sayfa";
export const SORT_PARAM = "sirala";
export const DIRECTION_PARAM = "yon";
export const AFTER_PARAM = "sonra";
export const BEFORE_PARAM = "once";

export type SortDirection = "asc" | "desc";
export type SortState<K extends string = string> = { key: K; direction: SortDirection };

/** How a direction reads in the URL: `?sirala=tarih&yon=azalan`. */
export const DIRECTION_WORDS: Record<SortDirection, string> = { asc: "artan", desc: "azalan" };

export function parseDirection(word: string | undefined): SortDirection | undefined {
  if (word === DIRECTION_WORDS.asc) return "asc";
  if (word === DIRECTION_WORDS.desc) return "desc";
  return undefined;
}

/** The URL's current values worth keeping in links (filters and sort), already checked by the page. */
export type ListParams = Readonly<Record<string, string | undefined>>;

type Filter<S extends z.ZodType = z.ZodType> = { key: string; schema: S };

/** A filter: its name in the URL and the schema its (string) value must pass. */
export const filter = <S extends z.ZodType>(key: string, schema: S): Filter<S> => ({ key, schema });

/**
 * A list's free-text filter (`?q=`): trimmed, cut to `max` characters, at least `min`, and none of
 * the control or bidi characters a form refuses (lib/text.ts): PostgreSQL refuses a NUL, so one
 * would fail the page's query and the export's audit row instead of being dropped like any bad value.
 */
export const listSearch = ({ min = 1, max = 200 }: { min?: number; max?: number } = {}) =>
  text()
    .transform((value) => value.slice(0, max))
    .pipe(z.string().min(min));

const PAGE_KEY = PAGE_PARAM;
const SORT_KEY = SORT_PARAM;
const AFTER_KEY = AFTER_PARAM;
const BEFORE_KEY = BEFORE_PARAM;
const pageSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * Where a keyset page starts: after (or before) the row whose sort key is `key` (its sort values then
 * its id, as exact text). Opaque in the URL; the query checks each value before using it.
 */
export type Cursor = { direction: "after" | "before"; key: string[] };

// base64url through btoa/atob: these links are also built in the browser, which has no Buffer.
export function encodeCursor(key: readonly string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The key in a cursor parameter, or null for anything that is not one of ours. */
export function decodeCursor(text: string): string[] | null {
  if (text.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    const valid =
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= 4 &&
      value.every((part) => typeof part === "string" && part.length <= 300);
    return valid ? (value as string[]) : null;
  } catch {
    return null;
  }
}

type Definition<F extends Record<string, Filter>, C extends string> = {
  filters: F;
  /**
   * Sortable columns (`?sirala=tarih&yon=artan`, a data table's headers), with the default order
   * and the direction each column takes when the URL names it without one (`first`; otherwise the
   * default's for the default column, A→Z for the others). The parsed order is `query.order`.
   */
  columns?: { keys: readonly [C, ...C[]]; default: SortState<C>; first?: Partial<Record<C, SortDirection>> };
  /** Pages by keyset (`sonra`, `once`) rather than by number. */
  keyset?: boolean;
};

export type ListQuery<F extends Record<string, Filter>, C extends string = never> = {
  page: number;
  /** Lists with sortable columns: the column and direction, the default when the URL has none. */
  order?: SortState<C>;
  /** Keyset lists: the page's position; none for the first page. */
  cursor?: Cursor;
  /**
   * The filters the URL gave that did not parse, and a sort column (`sirala`) or direction (`yon`) the
   * list does not have, by their name in the URL, as typed (the first of repeated values): dropped from
   * the list, said in its filter bar. Absent when there is none; a blank value is no filter, so none is
   * ignored.
   */
  ignored?: ListParams;
} & { [K in keyof F]?: z.output<F[K]["schema"]> };

/** The first value of a parameter given once or repeated; an empty one is no value. */
function valueOf(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined || value === "" ? undefined : value;
}

function read<S extends z.ZodType>(params: SearchParams, key: string, schema: S): z.output<S> | undefined {
  const value = valueOf(params, key);
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const directionSchema = z.enum([DIRECTION_WORDS.asc, DIRECTION_WORDS.desc]);

export function listParams<const F extends Record<string, Filter>, const C extends string = never>(
  definition: Definition<F, C>,
) {
  type Query = ListQuery<F, C>;
  const columnSchema = definition.columns ? z.enum(definition.columns.keys as readonly [C, ...C[]]) : undefined;

  /** The filters and the sort as the URL writes them: what every link of the list keeps. */
  function params(query: Query): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = {};
    for (const [name, { key }] of Object.entries(definition.filters)) {
      const value = (query as Record<string, unknown>)[name];
      if (value !== undefined && value !== null && value !== "") out[key] = String(value);
    }
    const fallback = definition.columns?.default;
    if (query.order && (query.order.key !== fallback?.key || query.order.direction !== fallback.direction)) {
      out[SORT_KEY] = query.order.key;
      out[DIRECTION_PARAM] = DIRECTION_WORDS[query.order.direction];
    }
    return out;
  }

  return {
    parse(params: SearchParams): Query {
      const query: Record<string, unknown> = {};
      const ignored: Record<string, string> = {};
      for (const [name, { key, schema }] of Object.entries(definition.filters)) {
        query[name] = read(params, key, schema);
        const typed = valueOf(params, key);
        if (query[name] === undefined && typed !== undefined && typed.trim() !== "") ignored[key] = typed;
      }
      if (columnSchema && definition.columns) {
        const key = read(params, SORT_KEY, columnSchema);
        const direction = parseDirection(read(params, DIRECTION_PARAM, directionSchema));
        const fallback = definition.columns.default;
        const first = (column: C) =>
          definition.columns!.first?.[column] ?? (column === fallback.key ? fallback.direction : "asc");
        // A column the list cannot sort by takes its direction with it: the list keeps its default order.
        // A direction alone (`?yon=artan`) is the default column's.
        const typedKey = valueOf(params, SORT_KEY);
        const typedDirection = valueOf(params, DIRECTION_PARAM);
        if (!key && typedKey !== undefined && typedKey.trim() !== "") ignored[SORT_KEY] = typedKey;
        if (!direction && typedDirection !== undefined && typedDirection.trim() !== "") {
          ignored[DIRECTION_PARAM] = typedDirection;
        }
        if (key) query.order = { key, direction: direction ?? first(key) };
        else if (typedKey === undefined && direction) query.order = { key: fallback.key, direction };
        else query.order = fallback;
      }
      if (Object.keys(ignored).length > 0) query.ignored = ignored;
      query.page = read(params, PAGE_KEY, pageSchema) ?? 1;
      if (definition.keyset) {
        const after = read(params, AFTER_KEY, z.string());
        const before = after === undefined ? read(params, BEFORE_KEY, z.string()) : undefined;
        const key = after !== undefined ? decodeCursor(after) : before !== undefined ? decodeCursor(before) : null;
        if (key) query.cursor = { direction: after !== undefined ? "after" : "before", key };
      }
      return query as Query;
    },

    params,

    /** `path?durum=...&sayfa=2`: the defaults (page 1, the default order) are left out. */
    href(path: string, query: Query): string {
      const changes: Record<string, string | undefined> = {};
      if (query.page > 1 && !definition.keyset) changes[PAGE_KEY] = String(query.page);
      if (definition.keyset && query.cursor) {
        changes[query.cursor.direction === "after" ? AFTER_KEY : BEFORE_KEY] = encodeCursor(query.cursor.key);
      }
      return listHref(path, { ...params(query), ...changes });
    },
  };
}

/** How many pages `total` rows make; an empty list still has its one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The first day a day filter takes (and a filter bar's date field offers). */
export const FIRST_CALENDAR_DAY = "2000-01-01";

/** A day filter: YYYY-MM-DD, an Istanbul calendar day (as a date input sends it). */
export const calendarDay = z
  .string()
  .refine(isCalendarDate)
  .refine((value) => value >= FIRST_CALENDAR_DAY);

/** The instants a range of days covers: from the first day's midnight to the midnight after the last. */
export function istanbulDayRange(range: { fromDate?: string; toDate?: string }): { from?: Date; to?: Date } {
  const bounds = (text: string | undefined, extraDays: number) => {
    if (!text) return undefined;
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    return istanbulTime(year, month, day + extraDays);
  };
  return { from: bounds(range.fromDate, 0), to: bounds(range.toDate, 1) };
}

/**
 * `path?…` with `params` changed by `changes` (undefined removes a key). Any change other than the
 * page itself starts again at page 1 (and drops a keyset position), so a new filter never lands on a
 * page that no longer exists.
 */
export function listHref(path: string, params: ListParams, changes: ListParams = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...changes };
  const position = [PAGE_PARAM, AFTER_PARAM, BEFORE_PARAM];
  const changesOtherThanPage = Object.keys(changes).some((key) => !position.includes(key));
  if (changesOtherThanPage) for (const key of position) if (!(key in changes)) delete merged[key];
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
