/**
 * The admin customer list's state in the URL: search (`q`, company, contact, e-mail or tax number),
 * status (`durum`), tier (`kademe`: where the customer's packages of the current billing period fall),
 * service type (`hizmet`), the order (`sirala` a column, `yon` artan/azalan, as the data table's
 * headers write it) and the keyset position (`sonra`, `once`).
 */
import { z } from "zod";
import { filter, listParams, listSearch, type SortDirection } from "../list-params";
import { SERVICE_TYPES } from "../onboarding/schemas";
import { VOLUME_RANGES } from "../pricing";
import { foldForSearch } from "../text-fold";
import { CUSTOMER_STATUSES } from "./status";

export const CUSTOMERS_PAGE_SIZE = 20;
export const CUSTOMERS_PATH = "/yonetim/musteriler";

/** The columns the list sorts by: the company name (A→Z by default) and the sign-up date. */
export const CUSTOMER_SORT_COLUMNS = ["firma", "kayit"] as const;
export type CustomerSortColumn = (typeof CUSTOMER_SORT_COLUMNS)[number];

/** The direction a column starts in (its header's first click, a link without `yon`): names A→Z, newest first. */
export const CUSTOMER_FIRST_DIRECTION: Record<CustomerSortColumn, SortDirection> = { firma: "asc", kayit: "desc" };

/** A trigram index needs three letters to look anything up: shorter words alone are no search. */
export const SEARCH_MIN_WORD = 3;

/** The words of a search as the database compares them (folded), longest first. */
export function searchWords(search: string): string[] {
  return foldForSearch(search)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** Whether a search holds a word the trigram index can look up; a search without one finds nothing. */
export function isSearchable(search: string): boolean {
  return searchWords(search).some((word) => word.length >= SEARCH_MIN_WORD);
}

/**
 * A list's `q` (company, contact, e-mail or tax number): trimmed, at most 100 letters, searchable, and
 * no control or bidi character (a NUL would fail the query).
 */
export const customerSearch = listSearch({ max: 100 }).refine(isSearchable);

export const customerList = listParams({
  filters: {
    search: filter("q", customerSearch),
    status: filter("durum", z.enum(CUSTOMER_STATUSES)),
    tier: filter("kademe", z.enum(VOLUME_RANGES)),
    serviceType: filter("hizmet", z.enum(SERVICE_TYPES)),
  },
  columns: {
    keys: CUSTOMER_SORT_COLUMNS,
    default: { key: "firma", direction: "asc" },
    first: CUSTOMER_FIRST_DIRECTION,
  },
  keyset: true,
});

export type CustomerListQuery = ReturnType<typeof customerList.parse>;
