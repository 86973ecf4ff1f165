/**
 * The filtered list behind each dashboard figure, as a URL of that list (the same parameters its
 * page reads), built by that list's own parameters.
 */
import { ADMIN_INVOICES_PATH, adminInvoiceList } from "../billing/filters";
import { istanbulDateKey } from "../dates";
import { CUSTOMERS_PATH, customerList, type CustomerListQuery } from "../customers/filters";
import { ADMIN_ORDERS_PATH, adminOrderList, type AdminOrderListQuery } from "../orders/filters";
import { quoteList } from "../quotes/filters";
import type { QuoteStatus } from "../quotes/status";

export const QUOTES_ADMIN_PATH = "/yonetim/teklifler";

export type DayRange = { fromDate: string; toDate: string };

/** The Istanbul days an instant range [start, end) covers, as an inclusive day filter. */
export function dayRange(start: Date, end: Date): DayRange {
  return { fromDate: istanbulDateKey(start), toDate: istanbulDateKey(new Date(end.getTime() - 1)) };
}

export function customersHref(filters: Pick<CustomerListQuery, "status" | "tier">): string {
  return customerList.href(CUSTOMERS_PATH, { ...filters, page: 1 });
}

export function ordersHref(filters: Pick<AdminOrderListQuery, "status" | "fromDate" | "toDate" | "late">): string {
  return adminOrderList.href(ADMIN_ORDERS_PATH, { ...filters, page: 1 });
}

export function quotesHref(status: QuoteStatus): string {
  return quoteList.href(QUOTES_ADMIN_PATH, { status, page: 1 });
}

export function invoicesHref(filters: { status: "sent" | "overdue" | "paid"; paid?: DayRange }): string {
  return adminInvoiceList.href(ADMIN_INVOICES_PATH, {
    status: filters.status,
    paidFrom: filters.paid?.fromDate,
    paidTo: filters.paid?.toDate,
    page: 1,
  });
}
