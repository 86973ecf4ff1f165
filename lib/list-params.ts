/**
 * A list's state in the URL: its filters, its sort and its page, under the Turkish names users see
 * (`?durum=pending&sirala=eski&sayfa=2`), so a filtered list can be bookmarked and shared. Parsed
 * with zod, leniently: a filter value that does not parse is dropped, a bad page or sort falls back to
 * its default; never an error page. `href` writes the same state back for links that keep it.
 *
 * Long lists page by keyset (`keyset: true`): instead of a page number the URL carries the position
 * of the row to continue after (`sonra`) or before (`once`), so a late page costs what the first does.
 */
import { z } from "zod";
import { isCalendarDate, istanbulTime } from "./dates";

export type SearchParams = Record<string, string | string[] | undefined>;

type Filter<S extends z.ZodType = z.ZodType> = { key: string; schema: S };

/** A filter: its name in the URL and the schema its (string) value must pass. */
export const filter = <S extends z.ZodType>(key: string, schema: S): Filter<S> => ({ key, schema });

const PAGE_KEY = "sayfa";
const SORT_KEY = "sirala";
const AFTER_KEY = "sonra";
const BEFORE_KEY = "once";
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

type Definition<F extends Record<string, Filter>, S extends string> = {
  filters: F;
  /** The orders a list offers, the default first. */
  sorts?: readonly [S, ...S[]];
  /** Pages by keyset (`sonra`, `once`) rather than by number. */
  keyset?: boolean;
};

export type ListQuery<F extends Record<string, Filter>, S extends string = never> = {
  page: number;
  sort?: S;
  /** Keyset lists: the page's position; none for the first page. */
  cursor?: Cursor;
} & { [K in keyof F]?: z.output<F[K]["schema"]> };

/** The first value of a parameter given once or repeated; an empty one is no value. */
function read<S extends z.ZodType>(params: SearchParams, key: string, schema: S): z.output<S> | undefined {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function listParams<const F extends Record<string, Filter>, const S extends string = never>(
  definition: Definition<F, S>,
) {
  type Query = ListQuery<F, S>;
  const sortSchema = definition.sorts ? z.enum(definition.sorts as readonly [S, ...S[]]) : undefined;
  return {
    parse(params: SearchParams): Query {
      const query: Record<string, unknown> = {};
      for (const [name, { key, schema }] of Object.entries(definition.filters)) {
        query[name] = read(params, key, schema);
      }
      if (sortSchema && definition.sorts) query.sort = read(params, SORT_KEY, sortSchema) ?? definition.sorts[0];
      query.page = read(params, PAGE_KEY, pageSchema) ?? 1;
      if (definition.keyset) {
        const after = read(params, AFTER_KEY, z.string());
        const before = after === undefined ? read(params, BEFORE_KEY, z.string()) : undefined;
        const key = after !== undefined ? decodeCursor(after) : before !== undefined ? decodeCursor(before) : null;
        if (key) query.cursor = { direction: after !== undefined ? "after" : "before", key };
      }
      return query as Query;
    },

    /** `path?durum=...&sayfa=2`: the defaults (page 1, the first sort) are left out. */
    href(path: string, query: Query): string {
      const params = new URLSearchParams();
      for (const [name, { key }] of Object.entries(definition.filters)) {
        const value = (query as Record<string, unknown>)[name];
        if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
      }
      if (query.sort !== undefined && query.sort !== definition.sorts?.[0]) params.set(SORT_KEY, query.sort);
      if (query.page > 1 && !definition.keyset) params.set(PAGE_KEY, String(query.page));
      if (definition.keyset && query.cursor) {
        params.set(query.cursor.direction === "after" ? AFTER_KEY : BEFORE_KEY, encodeCursor(query.cursor.key));
      }
      const text = params.toString();
      return text ? `${path}?${text}` : path;
    },
  };
}

/** How many pages `total` rows make; an empty list still has its one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A day filter: YYYY-MM-DD, an Istanbul calendar day (as a date input sends it). */
export const calendarDay = z
  .string()
  .refine(isCalendarDate)
  .refine((value) => value >= "2000-01-01");

/** The instants a range of days covers: from the first day's midnight to the midnight after the last. */
export function istanbulDayRange(range: { fromDate?: string; toDate?: string }): { from?: Date; to?: Date } {
  const bounds = (text: string | undefined, extraDays: number) => {
    if (!text) return undefined;
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    return istanbulTime(year, month, day + extraDays);
  };
  return { from: bounds(range.fromDate, 0), to: bounds(range.toDate, 1) };
}
