/** The operations inbox's filters in the URL: `durum`, `q` (company, contact or e-mail) and `sayfa`. */
import { z } from "zod";
import { filter, listParams, listSearch } from "../list-params";
import { QUOTE_STATUSES } from "./status";

export const QUOTE_PAGE_SIZE = 20;

export const quoteList = listParams({
  filters: { status: filter("durum", z.enum(QUOTE_STATUSES)), search: filter("q", listSearch()) },
});

export type QuoteListQuery = ReturnType<typeof quoteList.parse>;
