/**
 * The admin customer list's state in the URL: search (`q`, company, contact, e-mail or tax number),
 * status (`durum`), tier (`kademe`: where the customer's packages of the current billing period fall),
 * service type (`hizmet`), order (`sirala`) and the keyset position (`sonra`, `once`).
 */
import { z } from "zod";
import { filter, listParams } from "../list-params";
import { SERVICE_TYPES } from "../onboarding/schemas";
import { VOLUME_RANGES } from "../pricing";
import { text } from "../text";
import { foldForSearch } from "../text-fold";
import { CUSTOMER_STATUSES } from "./status";

export const CUSTOMERS_PAGE_SIZE = 25;
export const CUSTOMERS_PATH = "/yonetim/musteriler";

/** Name A→Z (default), Z→A, newest and oldest sign-up first. */
export const CUSTOMER_SORTS = ["ad", "ad-tersten", "yeni", "eski"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

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
export const customerSearch = text()
  .transform((value) => value.slice(0, 100))
  .refine(isSearchable);

export const customerList = listParams({
  filters: {
    search: filter("q", customerSearch),
    status: filter("durum", z.enum(CUSTOMER_STATUSES)),
    tier: filter("kademe", z.enum(VOLUME_RANGES)),
    serviceType: filter("hizmet", z.enum(SERVICE_TYPES)),
  },
  sorts: CUSTOMER_SORTS,
  keyset: true,
});

export type CustomerListQuery = ReturnType<typeof customerList.parse>;
