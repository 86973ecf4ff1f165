/**
 * The invoice lists' state in the URL: status (`durum`), period (`donem`, its first day), and for
 * operations the customer (`musteri`, an id in any form PostgreSQL reads, as a customer's page links
 * to it), a search (`q`: company name or tax number) and the days it was paid (`odeme-baslangic`,
 * `odeme-bitis`, inclusive Istanbul days: the dashboard's revenue links to them); the order (`sirala` a
 * column, `yon` artan/azalan) and the page.
 */
import { z } from "zod";
import { customerSearch } from "../customers/filters";
import { calendarDay, filter, listParams, type SortDirection, type SortState } from "../list-params";
import { rowId } from "../row-id";
import { PERIOD_START_DAY } from "./period";
import { INVOICE_STATUSES } from "./status";

export const INVOICES_PAGE_SIZE = 20;
/** Offset pages stop here (10,000 rows): past it, a narrower filter finds an invoice faster. */
export const INVOICES_MAX_PAGE = 500;
export const ADMIN_INVOICES_PATH = "/yonetim/faturalar";

/** The columns a list sorts by; the period, newest first, by default. */
export const INVOICE_SORTS = ["donem", "numara", "firma", "tutar", "vade"] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

/** The direction a column starts in: newest and largest first, names and numbers A→Z. */
export const INVOICE_FIRST_DIRECTION: Record<InvoiceSort, SortDirection> = {
  donem: "desc",
  numara: "asc",
  firma: "asc",
  tutar: "desc",
  vade: "desc",
};

const periodStart = calendarDay.refine((value) => Number(value.slice(8)) === PERIOD_START_DAY);

const common = {
  status: filter("durum", z.enum(INVOICE_STATUSES)),
  period: filter("donem", periodStart),
};

/** Without an order in the URL: the latest period first. */
export const DEFAULT_INVOICE_ORDER: SortState<InvoiceSort> = { key: "donem", direction: "desc" };

const columns = { keys: INVOICE_SORTS, default: DEFAULT_INVOICE_ORDER, first: INVOICE_FIRST_DIRECTION };

/**
 * The portal's list: the customer's own invoices, never a draft, so `?durum=draft` is no status of it
 * (it is dropped and said, rather than an empty list under a select reading "Tümü").
 */
export const customerInvoiceList = listParams({
  filters: { ...common, status: filter("durum", z.enum(INVOICE_STATUSES).exclude(["draft"])) },
  columns,
});

/** Operations' list: every invoice, drafts included. */
export const adminInvoiceList = listParams({
  filters: {
    ...common,
    customerId: filter("musteri", rowId()),
    search: filter("q", customerSearch),
    paidFrom: filter("odeme-baslangic", calendarDay),
    paidTo: filter("odeme-bitis", calendarDay),
  },
  columns,
});

export type InvoiceListQuery = ReturnType<typeof adminInvoiceList.parse>;

/** Whether a filter (not the order or the page) narrows the list. */
export function isFiltered(query: Partial<InvoiceListQuery>): boolean {
  return Boolean(query.status || query.period || query.customerId || query.search || query.paidFrom || query.paidTo);
}
