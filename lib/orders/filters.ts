/**
 * The order list's filters as they travel in the URL (`durum`, `baslangic`, `bitis`, `musteri`,
 * `sayfa`), for the portal's list and for operations' (where `musteri` chooses the customer, and
 * `gecikme=var` keeps only the late orders).
 */
import { z } from "zod";
import {
  calendarDay,
  filter,
  istanbulDayRange,
  listParams,
  type SearchParams,
  type SortDirection,
} from "../list-params";
import { rowId } from "../row-id";
import { ORDER_STATUSES } from "./status";

export const ORDERS_PAGE_SIZE = 20;

/** Both ends of a range of days are inclusive. */
const day = calendarDay;

const orderFilters = {
  status: filter("durum", z.enum(ORDER_STATUSES)),
  fromDate: filter("baslangic", day),
  toDate: filter("bitis", day),
  customerId: filter("musteri", rowId()),
};

/** The portal's list sorts by its date or package columns; newest first by default. */
export const ORDER_SORT_COLUMNS = ["tarih", "paket"] as const;

/** The direction a column starts in (its header's first click, a link without `yon`): newest, most first. */
export const ORDER_FIRST_DIRECTION: Record<(typeof ORDER_SORT_COLUMNS)[number], SortDirection> = {
  tarih: "desc",
  paket: "desc",
};

export const orderList = listParams({
  filters: orderFilters,
  columns: { keys: ORDER_SORT_COLUMNS, default: { key: "tarih", direction: "desc" }, first: ORDER_FIRST_DIRECTION },
});

export type OrderListQuery = ReturnType<typeof orderList.parse>;

/** `?gecikme=var`: only the orders late at the time the list is read (lib/orders/late.ts). */
export const LATE_FILTER = "var";

/**
 * Operations' list of every order (a million of them in time): the same filters, and the late orders
 * (operations act on them; a customer sees each one marked), paged by keyset.
 */
export const adminOrderList = listParams({
  filters: { ...orderFilters, late: filter("gecikme", z.literal(LATE_FILTER)) },
  keyset: true,
});
export type AdminOrderListQuery = ReturnType<typeof adminOrderList.parse>;
export const ADMIN_ORDERS_PATH = "/yonetim/siparisler";

/**
 * Operations' new order for a customer (`Müşteri adına sipariş`), that customer chosen already when
 * given: the order list's own `musteri`, written and read (adminNewOrderCustomer) by its definition.
 */
export const adminNewOrderHref = (customerId?: string) =>
  adminOrderList.href(`${ADMIN_ORDERS_PATH}/yeni`, { customerId, page: 1 });

/** The customer a new order's address chooses (adminNewOrderHref), if it names one that parses. */
export const adminNewOrderCustomer = (params: SearchParams) => adminOrderList.parse(params).customerId;

/** The instants a date range covers: from the first day's midnight to the midnight after the last. */
export function dateRangeOf(filters: Pick<OrderListQuery, "fromDate" | "toDate">): { from?: Date; to?: Date } {
  return istanbulDayRange(filters);
}
