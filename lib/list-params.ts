/**
 * A list's state in the URL: its filters, its sort and its page, under the Turkish names users see
 * (`?durum=pending&sirala=eski&sayfa=2`), so a filtered list can be bookmarked and shared. Parsed
 * with zod, leniently: a filter value that does not parse is dropped, a bad page or sort falls back to
 * its default; never an error page. `href` writes the same state back for links that keep it.
 */
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

type Filter<S extends z.ZodType = z.ZodType> = { key: string; schema: S };

/** A filter: its name in the URL and the schema its (string) value must pass. */
export const filter = <S extends z.ZodType>(key: string, schema: S): Filter<S> => ({ key, schema });

const PAGE_KEY = "sayfa";
const SORT_KEY = "sirala";
const pageSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

type Definition<F extends Record<string, Filter>, S extends string> = {
  filters: F;
  /** The orders a list offers, the default first. */
  sorts?: readonly [S, ...S[]];
};

export type ListQuery<F extends Record<string, Filter>, S extends string = never> = {
  page: number;
  sort?: S;
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
      if (query.page > 1) params.set(PAGE_KEY, String(query.page));
      const text = params.toString();
      return text ? `${path}?${text}` : path;
    },
  };
}

/** How many pages `total` rows make; an empty list still has its one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
